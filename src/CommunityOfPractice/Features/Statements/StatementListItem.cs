namespace CommunityOfPractice.Features.Statements;

/// <summary>A statement in a list, with its state now and how many organisations signed it.</summary>
internal sealed record StatementListItem(string Slug, string Title, string Language, StatementState State, bool IsPublished, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset? PublishedAt, int Signatures);
