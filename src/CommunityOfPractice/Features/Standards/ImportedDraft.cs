namespace CommunityOfPractice.Features.Standards;

/// <summary>A Word draft read as a standard's Markdown body, with the plain text of its "Title" paragraph, if any.</summary>
internal sealed record ImportedDraft(string? Title, string Markdown, int Sections, int Paragraphs);
