namespace CommunityOfPractice.Web.Features.Standards;

public sealed record StandardVersionLink(int Number, string Url, DateTimeOffset PublishedAt);
