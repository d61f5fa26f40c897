using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>An appointed member as the group's space shows them.</summary>
internal sealed record GroupMemberView(string UserId, string DisplayName, string CountryCode, WhoRegion? Region, StakeholderCategory Category, bool IsChair);
