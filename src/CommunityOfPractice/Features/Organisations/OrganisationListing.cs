namespace CommunityOfPractice.Features.Organisations;

internal sealed record OrganisationListing(IReadOnlyList<Organisation> Organisations, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + OrganisationFilter.PageSize - 1) / OrganisationFilter.PageSize);
}
