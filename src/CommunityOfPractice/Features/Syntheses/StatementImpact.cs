namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A joint statement published in the period, and how many organisations signed it.</summary>
internal sealed record StatementImpact(string Title, DateTimeOffset PublishedAt, int Signatures);
