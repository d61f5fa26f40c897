namespace CommunityOfPractice.Web.Platform;

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
