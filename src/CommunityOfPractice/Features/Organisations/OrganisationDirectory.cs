using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>The members' directory of organisations and the public summary: approved organisations only, always.</summary>
internal sealed class OrganisationDirectory(CommunityDbContext db)
{
    private IQueryable<Organisation> Approved => db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Approved);

    public async Task<OrganisationListing> SearchAsync(OrganisationFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Approved;
        if (filter.Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (filter.CountryCode is { Length: > 0 } country)
        {
            query = query.Where(o => o.CountryCode == country);
        }
        if (filter.Region is { } region)
        {
            query = query.Where(o => o.Region == region);
        }
        if (filter.Area is { } area and not NcdAreas.None)
        {
            query = query.Where(o => (o.NcdAreas & area) == area);
        }
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + OrganisationFilter.PageSize - 1) / OrganisationFilter.PageSize));
        var organisations = await query.OrderBy(o => o.FoldedName).ThenBy(o => o.Id)
            .Skip((page - 1) * OrganisationFilter.PageSize).Take(OrganisationFilter.PageSize).ToListAsync(cancellationToken);
        return new OrganisationListing(organisations, total, page);
    }

    /// <summary>An approved organisation and its representatives, each shown as they chose; null for any other.</summary>
    public async Task<OrganisationProfile?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await Approved.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } organisation)
        {
            return null;
        }
        var representatives = await db.OrganisationRepresentatives.AsNoTracking().Where(r => r.OrganisationId == id)
            .OrderBy(r => r.AddedAt).Select(r => r.User!).ToListAsync(cancellationToken);
        return new OrganisationProfile(organisation, representatives.Select(MemberVisibility.CardFor).ToList());
    }

    /// <summary>The approved organisations a member represents, by name.</summary>
    public Task<List<Organisation>> RepresentedByAsync(string userId, CancellationToken cancellationToken = default) =>
        Approved.Where(o => o.Representatives.Any(r => r.UserId == userId)).OrderBy(o => o.FoldedName).ToListAsync(cancellationToken);

    /// <summary>Counts by WHO region and by kind: no names, nothing pending.</summary>
    public async Task<OrganisationSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        // Two short columns per organisation, counted here: the same on both providers, and a few thousand rows at most.
        var organisations = await Approved.Select(o => new { o.Region, o.Kind }).ToListAsync(cancellationToken);
        return new OrganisationSummary(
            organisations.Count,
            Enum.GetValues<WhoRegion>().ToDictionary(r => r, r => organisations.Count(o => o.Region == r)),
            Enum.GetValues<OrganisationKind>().ToDictionary(k => k, k => organisations.Count(o => o.Kind == k)));
    }
}
