namespace CommunityOfPractice.Features.Statements;

/// <summary>Another language's version of a statement.</summary>
internal sealed record StatementTranslation(string Slug, string Language, string Title);
