namespace CommunityOfPractice.Web.Features.Statements;

public sealed record StatementApiItem(string Slug, string Url, string Title, string Language, DateTimeOffset PublishedAt, int Signatories);
