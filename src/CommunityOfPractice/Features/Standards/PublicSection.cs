namespace CommunityOfPractice.Features.Standards;

public sealed record PublicSection(StandardSection Section, IReadOnlyList<StandardParagraph> Paragraphs);
