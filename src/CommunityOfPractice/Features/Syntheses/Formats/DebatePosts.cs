namespace CommunityOfPractice.Features.Syntheses.Formats;

/// <summary>What the CSV export needs besides the document: the debate's posts, as they stand at export time.</summary>
internal sealed record DebatePosts(IReadOnlyList<DebateContribution> Posts, IReadOnlyDictionary<int, int> QuestionOrders);
