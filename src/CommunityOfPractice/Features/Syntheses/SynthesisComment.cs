using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A participant's comment on a section during the member check.</summary>
internal sealed class SynthesisComment
{
    public const int MaxLength = 4_000;

    public long Id { get; set; }
    public int SynthesisId { get; set; }
    public SynthesisSection Section { get; set; }
    public string AuthorId { get; set; } = "";
    public AppUser? Author { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
