namespace CommunityOfPractice.Features.Standards;

internal sealed record EndorsableStandard(int Id, string Slug, string Title, int? LatestPublished, int? FinalVersion, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt);
