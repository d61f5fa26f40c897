using CommunityOfPractice.Data;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// Statements as a member sees them: open and published ones for every member, drafts for coordinators and, for a
/// group's draft, the group's members. A statement someone may not see is, for them, not there.
/// </summary>
internal sealed class StatementReader(CommunityDbContext db, StatementAccess access, TimeProvider clock)
{
    public async Task<List<StatementListItem>> ListAsync(string userId, bool isCoordinator, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var groups = await db.Set<WorkingGroupMember>().Where(m => m.UserId == userId && m.Status == GroupMemberStatus.Appointed).Select(m => (int?)m.WorkingGroupId).ToListAsync(cancellationToken);
        var statements = await db.Set<Statement>().AsNoTracking()
            .Where(s => isCoordinator || s.OpensAt <= now || groups.Contains(s.WorkingGroupId))
            .Select(s => new { Statement = s, Signatures = s.Signatures.Count })
            .ToListAsync(cancellationToken);
        return statements
            .Select(s => new StatementListItem(s.Statement.Slug, s.Statement.Title, s.Statement.Language, s.Statement.StateAt(now), s.Statement.PublishedAt is not null,
                s.Statement.OpensAt, s.Statement.ClosesAt, s.Statement.PublishedAt, s.Signatures))
            .OrderBy(s => s.State == StatementState.Open ? 0 : s.State == StatementState.Draft ? 1 : 2)
            .ThenByDescending(s => s.ClosesAt)
            .ToList();
    }

    /// <summary>The statement at <paramref name="slug"/> if the viewer may see it, with what they may do there; null otherwise.</summary>
    public async Task<StatementView?> FindAsync(string slug, string userId, bool isCoordinator, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var statement = await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (statement is null || !await access.CanSeeAsync(statement, userId, isCoordinator, now, cancellationToken))
        {
            return null;
        }
        var signatories = await SignatoriesAsync(db, statement.Id, cancellationToken);
        var attachments = await db.Set<StatementAttachment>().AsNoTracking().Where(a => a.StatementId == statement.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var translations = await db.Set<Statement>().AsNoTracking()
            .Where(s => s.TranslationKey == statement.TranslationKey && s.Id != statement.Id && (isCoordinator || s.OpensAt <= now))
            .OrderBy(s => s.Language).Select(s => new StatementTranslation(s.Slug, s.Language, s.Title)).ToListAsync(cancellationToken);
        var canRun = await access.CanRunAsync(statement, userId, isCoordinator, cancellationToken);
        return new StatementView(statement, statement.StateAt(now), signatories, await access.RepresentedAsync(userId, cancellationToken),
            canRun, canRun && StatementRules.CheckEditing(statement, now, signatories.Count > 0) is null, attachments, translations);
    }

    /// <summary>The statements a coordinator may pick as the original of a translation, by title.</summary>
    public Task<List<StatementTranslation>> TranslatableAsync(CancellationToken cancellationToken = default) =>
        db.Set<Statement>().AsNoTracking().OrderBy(s => s.Title).Select(s => new StatementTranslation(s.Slug, s.Language, s.Title)).ToListAsync(cancellationToken);

    internal static async Task<List<StatementSignatory>> SignatoriesAsync(CommunityDbContext db, int statementId, CancellationToken cancellationToken) =>
        await db.Set<StatementSignature>().AsNoTracking().Where(s => s.StatementId == statementId)
            .OrderBy(s => s.Organisation!.FoldedName)
            .Select(s => new StatementSignatory(s.OrganisationId, s.Organisation!.Name, s.Organisation.Kind, s.Organisation.Region, s.Organisation.CountryCode, s.SignedAt))
            .ToListAsync(cancellationToken);
}
