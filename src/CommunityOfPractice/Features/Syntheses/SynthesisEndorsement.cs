using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A participant endorses the draft as a fair account of the debate.</summary>
internal sealed class SynthesisEndorsement
{
    public int SynthesisId { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public DateTimeOffset At { get; set; }
}
