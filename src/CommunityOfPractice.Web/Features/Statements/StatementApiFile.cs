namespace CommunityOfPractice.Web.Features.Statements;

public sealed record StatementApiFile(string FileName, string ContentType, long Length, string Url);
