namespace CommunityOfPractice.Features.Practices;

internal sealed record PracticeSummary(int Id, string Slug, string Title, PracticeStatus Status, DateTimeOffset UpdatedAt, string SubmitterName);
