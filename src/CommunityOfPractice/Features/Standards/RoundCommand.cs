namespace CommunityOfPractice.Features.Standards;

/// <summary>What the "open a consultation round" form sends: times in the coordinator's zone.</summary>
internal sealed class RoundCommand
{
    public int VersionId { get; set; }
    public DateTime? OpensLocal { get; set; }
    public DateTime? ClosesLocal { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public string? GuidingQuestions { get; set; }
    public int? WebinarId { get; set; }
    public int? DebateId { get; set; }
}
