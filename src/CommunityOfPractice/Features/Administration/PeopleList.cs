using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Administration;

/// <summary>Everyone with an account, with their roles, for the admin page.</summary>
internal sealed class PeopleList(CommunityDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<PersonRow> People, int Total)> SearchAsync(string? text, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Users.AsNoTracking().Where(u => u.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            query = query.Where(u => u.DisplayName.Contains(term) || u.Email!.Contains(term));
        }
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var people = await query.OrderBy(u => u.DisplayName).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled }).ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rows = people.Select(p => new PersonRow(p.Id, p.DisplayName, p.Email ?? "", p.TwoFactorEnabled,
            roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).ToHashSet())).ToList();
        return (rows, total);
    }
}
