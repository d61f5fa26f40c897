using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// A demo organisation. The first of <c>Representatives</c> applied for it; a pending one has only its applicant, who
/// becomes its representative once a moderator approves it.
/// </summary>
internal sealed record DemoOrganisation(string Name, OrganisationKind Kind, string CountryCode, string Website, NcdAreas NcdAreas, string[] Representatives, bool Pending = false);
