using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Features.Statements;

/// <summary>An organisation that signed, as its statement shows it.</summary>
internal sealed record StatementSignatory(int OrganisationId, string Name, OrganisationKind Kind, WhoRegion Region, string CountryCode, DateTimeOffset SignedAt);
