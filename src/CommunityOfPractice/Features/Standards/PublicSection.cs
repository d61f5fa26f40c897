namespace CommunityOfPractice.Features.Standards;

internal sealed record PublicSection(StandardSection Section, IReadOnlyList<StandardParagraph> Paragraphs);
