namespace CommunityOfPractice.Features.Standards;

/// <summary>A stretch of text that a diff kept, deleted or inserted. Plain text: the page encodes it.</summary>
public sealed record DiffRun(DiffRunKind Kind, string Text);
