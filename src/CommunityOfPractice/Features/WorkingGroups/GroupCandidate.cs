using CommunityOfPractice.Features.Geography;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A member who could be appointed.</summary>
public sealed record GroupCandidate(string UserId, string DisplayName, WhoRegion? Region);
