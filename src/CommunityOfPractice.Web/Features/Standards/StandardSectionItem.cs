namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardSectionItem(string Number, string Heading, int Level, IReadOnlyList<StandardParagraphItem> Paragraphs);
