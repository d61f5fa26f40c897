namespace CommunityOfPractice.Web.Features.Statements;

public sealed record StatementApiTranslation(string Language, string Url);
