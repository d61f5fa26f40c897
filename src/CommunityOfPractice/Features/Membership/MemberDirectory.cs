using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>The members-only directory: approved, current members, each shown only as they chose.</summary>
internal sealed class MemberDirectory(CommunityDbContext db)
{
    public const int PageSize = 48;

    public async Task<DirectoryPage> SearchAsync(string? text, WhoRegion? region, int page, CancellationToken cancellationToken = default)
    {
        var memberRoleIds = db.Roles.Where(r => r.Name == Roles.Member).Select(r => r.Id);
        var query = db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoleIds.Contains(ur.RoleId)));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            query = query.Where(u => u.DisplayName.Contains(term) || (u.ShowOrganisation && u.Organisation != null && u.Organisation.Contains(term)));
        }
        if (region is { } wanted)
        {
            var codes = CountryCatalog.All.Where(c => c.Region == wanted).Select(c => c.Code).ToList();
            query = query.Where(u => u.ShowCountry && codes.Contains(u.CountryCode));
        }
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var users = await query.OrderBy(u => u.DisplayName).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new DirectoryPage(users.Select(MemberVisibility.CardFor).ToList(), total, page);
    }
}
