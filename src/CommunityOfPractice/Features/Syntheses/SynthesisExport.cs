namespace CommunityOfPractice.Features.Syntheses;

/// <summary>One export of a finalised version, produced by a background job and kept for download.</summary>
internal sealed class SynthesisExport
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public SynthesisVersion? Version { get; set; }
    public ExportFormat Format { get; set; }
    public ExportStatus Status { get; set; }
    /// <summary>0 to 100.</summary>
    public int Progress { get; set; }
    public long Size { get; set; }
    public string? Error { get; set; }
    public string RequestedById { get; set; } = "";
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
