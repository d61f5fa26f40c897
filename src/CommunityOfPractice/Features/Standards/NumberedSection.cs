namespace CommunityOfPractice.Features.Standards;

internal sealed record NumberedSection(string Number, string Key, string Heading, int Level, IReadOnlyList<NumberedParagraph> Paragraphs);
