namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A finalised synthesis: the whole document as it was, stored as JSON and never changed.</summary>
public sealed class SynthesisVersion
{
    public int Id { get; set; }
    public int SynthesisId { get; set; }
    public Synthesis? Synthesis { get; set; }
    public int Number { get; set; }
    public DateTimeOffset FinalisedAt { get; set; }
    public string FinalisedById { get; set; } = "";
    /// <summary>The <see cref="SynthesisDocument"/> in the JSON export's schema.</summary>
    public string Document { get; set; } = "";
}
