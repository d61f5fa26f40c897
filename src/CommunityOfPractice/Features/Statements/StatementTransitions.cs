using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// The side effects of a statement's window: its opening recorded, and after its close its publication (the public
/// page appears and the cached views are dropped). Each is claimed with a conditional update before it is carried out,
/// so a job run twice, late, or on two nodes does it once. Signing itself never waits for a job: the clock decides.
/// </summary>
internal sealed class StatementTransitions(CommunityDbContext db, AuditLog audit, IStatementPublication publication, TimeProvider clock)
{
    public async Task ApplyAsync(int statementId, CancellationToken cancellationToken = default)
    {
        if (await db.Set<Statement>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken) is { } statement)
        {
            await ApplyAsync(statement, cancellationToken);
        }
    }

    private async Task ApplyAsync(Statement statement, CancellationToken cancellationToken)
    {
        var statementId = statement.Id;
        var now = clock.GetUtcNow();
        if (statement.StateAt(now) != StatementState.Draft && statement.OpenedAt is null
            && await db.Set<Statement>().Where(s => s.Id == statementId && s.OpenedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenedAt, now), cancellationToken) == 1)
        {
            audit.Record(null, "statement.opened", null, statement.Title);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (statement.StateAt(now) == StatementState.Closed && statement.PublishedAt is null
            && await db.Set<Statement>().Where(s => s.Id == statementId && s.PublishedAt == null && s.ClosesAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PublishedAt, now), cancellationToken) == 1)
        {
            var signatures = await db.Set<StatementSignature>().CountAsync(s => s.StatementId == statementId, cancellationToken);
            audit.Record(null, "statement.published", null, $"{statement.Title}: {signatures}");
            await db.SaveChangesAsync(cancellationToken);
            await publication.ChangedAsync(cancellationToken);
        }
    }

    /// <summary>Every statement not yet published: what a lost job should have done is done now. Returns those statements.</summary>
    public async Task<IReadOnlyList<Statement>> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = await db.Set<Statement>().AsNoTracking().Where(s => s.PublishedAt == null).ToListAsync(cancellationToken);
        foreach (var statement in unfinished)
        {
            await ApplyAsync(statement, cancellationToken);
        }
        return unfinished;
    }
}
