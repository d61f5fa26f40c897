namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeAttachmentLink(string FileName, string ContentType, long Size, string Url);
