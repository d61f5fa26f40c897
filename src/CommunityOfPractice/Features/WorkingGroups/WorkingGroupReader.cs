using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>Reads groups for the pages: the list, one group's space (for those who may see it), who could join, what breaks its rules.</summary>
internal sealed class WorkingGroupReader(CommunityDbContext db, WorkingGroupAccess access, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Every group by name and term, so members can ask to join; the composition is for coordinators.</summary>
    public async Task<IReadOnlyList<WorkingGroupSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // Groups in their term first, then the closed ones, each by name.
        var groups = await db.Set<WorkingGroup>().AsNoTracking().OrderBy(g => g.EndsOn < today).ThenBy(g => g.Name).ToListAsync(cancellationToken);
        var rows = await MemberRowsAsync(null, cancellationToken);
        return groups.Select(g =>
        {
            var mine = rows.Where(r => r.GroupId == g.Id).ToList();
            return new WorkingGroupSummary(g.Id, g.Name, g.StartsOn, g.EndsOn, g.StateAt(now), Evaluate(g, mine),
                mine.Any(r => r.UserId == userId && r.Status == GroupMemberStatus.Appointed),
                mine.Any(r => r.UserId == userId && r.Status == GroupMemberStatus.Applied));
        }).ToList();
    }

    /// <summary>How many groups in their term break their rules: the coordinators' queue.</summary>
    public async Task<int> BreakingRulesCountAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var groups = await db.Set<WorkingGroup>().AsNoTracking().Where(g => g.EndsOn >= today).ToListAsync(cancellationToken);
        var rows = await MemberRowsAsync(null, cancellationToken);
        return groups.Count(g => !g.IsClosedAt(now) && !Evaluate(g, rows.Where(r => r.GroupId == g.Id)).MeetsRules);
    }

    /// <summary>The group's space, or null when it does not exist or the viewer may not see it (the page answers "not found").</summary>
    public async Task<WorkingGroupSpace?> SpaceAsync(int groupId, string viewerId, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || !await access.CanSeeAsync(groupId, viewerId, cancellationToken))
        {
            return null;
        }
        var rows = await MemberRowsAsync(groupId, cancellationToken);
        var members = rows.Where(r => r.Status == GroupMemberStatus.Appointed)
            .Select(r => new GroupMemberView(r.UserId, r.DisplayName, r.CountryCode, CountryCatalog.Find(r.CountryCode)?.Region, r.Category, r.UserId == group.ChairId))
            .OrderByDescending(m => m.IsChair).ThenBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
        var canRun = await access.CanRunAsync(group, viewerId, cancellationToken);
        var applications = canRun
            ? rows.Where(r => r.Status == GroupMemberStatus.Applied)
                .Select(r => new GroupApplicationView(r.Id, r.UserId, r.DisplayName, CountryCatalog.Find(r.CountryCode)?.Region, r.Motivation, r.CreatedAt)).ToList()
            : [];
        var debates = await db.Debates.AsNoTracking().Where(d => d.WorkingGroupId == groupId && d.IsPublished).OrderByDescending(d => d.OpensAt)
            .Select(d => new GroupDebateView(d.Id, d.Title, d.OpensAt, d.ClosesAt)).ToListAsync(cancellationToken);
        return new WorkingGroupSpace(group, group.StateAt(Now), Evaluate(group, rows), members, applications, debates, canRun,
            await access.IsCoordinatorAsync(viewerId, cancellationToken));
    }

    /// <summary>The group whose space holds a debate (its id and name), or null for a community debate.</summary>
    public async Task<(int Id, string Name)?> GroupOfDebateAsync(int debateId, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().Where(g => db.Debates.Any(d => d.Id == debateId && d.WorkingGroupId == g.Id))
            .Select(g => new { g.Id, g.Name }).SingleOrDefaultAsync(cancellationToken);
        return group is null ? null : (group.Id, group.Name);
    }

    /// <summary>The group for its edit form, for coordinators.</summary>
    public Task<WorkingGroup?> FindAsync(int groupId, CancellationToken cancellationToken = default) =>
        db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);

    /// <summary>Community members not (yet) appointed to the group, by name: who the appoint list offers. Every member when <paramref name="groupId"/> is null (a new group's chair).</summary>
    public async Task<IReadOnlyList<GroupCandidate>> CandidatesAsync(int? groupId, CancellationToken cancellationToken = default)
    {
        var members = await (from u in db.Users.AsNoTracking()
                             where u.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id)
                                   && !db.Set<WorkingGroupMember>().Any(m => m.WorkingGroupId == groupId && m.UserId == u.Id && m.Status == GroupMemberStatus.Appointed)
                             select new { u.Id, u.DisplayName, u.CountryCode }).ToListAsync(cancellationToken);
        return members.Select(m => new GroupCandidate(m.Id, m.DisplayName, CountryCatalog.Find(m.CountryCode)?.Region))
            .OrderBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private static Composition Evaluate(WorkingGroup group, IEnumerable<MemberRow> rows) =>
        CompositionCheck.Evaluate(group.Rules, rows.Where(r => r.Status == GroupMemberStatus.Appointed)
            .Select(r => new CompositionMember(CountryCatalog.Find(r.CountryCode)?.Region, r.Category)).ToList());

    private async Task<List<MemberRow>> MemberRowsAsync(int? groupId, CancellationToken cancellationToken) =>
        await db.Set<WorkingGroupMember>().AsNoTracking()
            .Where(m => (groupId == null || m.WorkingGroupId == groupId) && (m.Status == GroupMemberStatus.Appointed || m.Status == GroupMemberStatus.Applied) && m.User!.DeletedAt == null)
            .OrderBy(m => m.Id)
            .Select(m => new MemberRow(m.Id, m.WorkingGroupId, m.UserId, m.User!.DisplayName, m.User.CountryCode, m.User.Category, m.Status, m.Motivation, m.CreatedAt))
            .ToListAsync(cancellationToken);

    private sealed record MemberRow(int Id, int GroupId, string UserId, string DisplayName, string CountryCode, Membership.StakeholderCategory Category,
        GroupMemberStatus Status, string Motivation, DateTimeOffset CreatedAt);
}
