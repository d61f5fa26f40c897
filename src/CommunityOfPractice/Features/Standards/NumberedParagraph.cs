namespace CommunityOfPractice.Features.Standards;

internal sealed record NumberedParagraph(string Number, string Key, string Markdown);
