using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

public sealed record OrganisationProfile(Organisation Organisation, IReadOnlyList<MemberCard> Representatives);
