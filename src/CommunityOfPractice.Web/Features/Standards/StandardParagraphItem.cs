namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardParagraphItem(string Number, string Url, string Markdown, string Html);
