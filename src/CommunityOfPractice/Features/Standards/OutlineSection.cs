namespace CommunityOfPractice.Features.Standards;

/// <summary>A heading of a Markdown body and the paragraph blocks under it, before numbering.</summary>
internal sealed record OutlineSection(string Heading, int Level, IReadOnlyList<string> Paragraphs);
