namespace CommunityOfPractice.Features.Standards;

/// <summary>One row of a side-by-side comparison: a paragraph in the older version, the newer one, or both.</summary>
public sealed record ParagraphChange(string Key, string? OlderNumber, string? NewerNumber, ParagraphChangeKind Kind, IReadOnlyList<DiffRun> Runs);
