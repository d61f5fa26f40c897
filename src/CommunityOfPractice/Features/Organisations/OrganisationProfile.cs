using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

internal sealed record OrganisationProfile(Organisation Organisation, IReadOnlyList<MemberCard> Representatives);
