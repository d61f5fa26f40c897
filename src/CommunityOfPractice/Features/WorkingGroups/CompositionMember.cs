using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>What the composition rules read of one appointed member: their region (null when their country is unknown) and stakeholder category.</summary>
internal sealed record CompositionMember(WhoRegion? Region, StakeholderCategory Category);
