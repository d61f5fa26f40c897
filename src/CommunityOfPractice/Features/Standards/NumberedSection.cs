namespace CommunityOfPractice.Features.Standards;

public sealed record NumberedSection(string Number, string Key, string Heading, int Level, IReadOnlyList<NumberedParagraph> Paragraphs);
