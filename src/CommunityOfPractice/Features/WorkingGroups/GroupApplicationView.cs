using CommunityOfPractice.Features.Geography;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>An application waiting for the chair.</summary>
internal sealed record GroupApplicationView(int Id, string UserId, string DisplayName, WhoRegion? Region, string Motivation, DateTimeOffset CreatedAt);
