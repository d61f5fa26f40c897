namespace CommunityOfPractice.Web.Platform;

internal sealed record MailLine(LocalizedText Text, string Url);
