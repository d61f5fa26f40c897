namespace CommunityOfPractice.Features.Standards;

public sealed record NumberedParagraph(string Number, string Key, string Markdown);
