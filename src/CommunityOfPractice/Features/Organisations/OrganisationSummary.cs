using CommunityOfPractice.Features.Geography;

namespace CommunityOfPractice.Features.Organisations;

public sealed record OrganisationSummary(int Total, IReadOnlyDictionary<WhoRegion, int> ByRegion, IReadOnlyDictionary<OrganisationKind, int> ByKind);
