using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// Who sees and runs a statement. The host says whether the viewer passes its coordinator rule (role and second
/// factor); the rest is read from the database: a group's chair drafts for their group, a group's members see its
/// drafts, members see open and published statements, representatives sign for their approved organisations.
/// </summary>
internal sealed class StatementAccess(CommunityDbContext db)
{
    public Task<bool> IsAppointedAsync(int groupId, string userId, CancellationToken cancellationToken = default) =>
        db.Set<WorkingGroupMember>().AnyAsync(m => m.WorkingGroupId == groupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed, cancellationToken);

    /// <summary>The groups whose appointed chair <paramref name="userId"/> is, whose term has not ended.</summary>
    public async Task<List<WorkingGroup>> ChairedAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var groups = await db.Set<WorkingGroup>().AsNoTracking()
            .Where(g => g.ChairId == userId && g.Members.Any(m => m.UserId == userId && m.Status == GroupMemberStatus.Appointed))
            .OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return groups.Where(g => !g.IsClosedAt(now)).ToList();
    }

    public async Task<bool> CanSeeAsync(Statement statement, string userId, bool isCoordinator, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        isCoordinator || statement.StateAt(now) != StatementState.Draft
        || (statement.WorkingGroupId is { } groupId && await IsAppointedAsync(groupId, userId, cancellationToken));

    /// <summary>Coordinators run every statement; a group's chair runs their group's.</summary>
    public async Task<bool> CanRunAsync(Statement statement, string userId, bool isCoordinator, CancellationToken cancellationToken = default) =>
        isCoordinator || (statement.WorkingGroupId is { } groupId
            && await db.Set<WorkingGroup>().AnyAsync(g => g.Id == groupId && g.ChairId == userId, cancellationToken)
            && await IsAppointedAsync(groupId, userId, cancellationToken));

    /// <summary>The approved organisations <paramref name="userId"/> represents.</summary>
    public Task<List<Organisation>> RepresentedAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.Status == OrganisationStatus.Approved && o.Representatives.Any(r => r.UserId == userId))
            .OrderBy(o => o.FoldedName).ToListAsync(cancellationToken);

    /// <summary>
    /// What signing and withdrawing both start from: the statement, the approved organisations <paramref name="userId"/>
    /// represents, and those that have signed it; null when the statement does not exist.
    /// </summary>
    public async Task<SigningState?> SigningStateAsync(string userId, int statementId, CancellationToken cancellationToken = default)
    {
        var statement = await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return null;
        }
        var represented = (await RepresentedAsync(userId, cancellationToken)).ToDictionary(o => o.Id);
        var signed = await db.Set<StatementSignature>().Where(s => s.StatementId == statementId).Select(s => s.OrganisationId).ToListAsync(cancellationToken);
        return new SigningState(statement, represented, signed);
    }
}
