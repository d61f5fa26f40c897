using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>The directory's filters, each optional, and the page asked for.</summary>
internal sealed record OrganisationFilter(OrganisationKind? Kind = null, string? CountryCode = null, WhoRegion? Region = null, NcdAreas? Area = null, int Page = 1)
{
    public const int PageSize = 24;
}
