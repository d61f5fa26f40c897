using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>Whoever runs a statement moves its signing window, until it has closed; audited, and its jobs scheduled again.</summary>
internal sealed class ChangeStatementWindow(CommunityDbContext db, StatementAccess access, AuditLog audit, IStatementScheduler scheduler, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor actor, bool isCoordinator, int statementId, DateTime? opensLocal, DateTime? closesLocal, string? timeZoneId, CancellationToken cancellationToken = default)
    {
        var statement = await db.Set<Statement>().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null || !await access.CanRunAsync(statement, actor.UserId, isCoordinator, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators and the group's chair can change the signing window.");
        }
        var now = clock.GetUtcNow();
        if (statement.StateAt(now) == StatementState.Closed || statement.PublishedAt is not null)
        {
            return CommandResult.Failed("", "The signing window has closed: it can no longer change.");
        }
        var errors = StatementRules.ValidateWindow(opensLocal, closesLocal, timeZoneId, now, out var opensAt, out var closesAt);
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        statement.OpensAt = opensAt;
        statement.ClosesAt = closesAt;
        audit.Record(actor, "statement.window-set", null, $"{statement.Title}: {opensAt:O} – {closesAt:O}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(statement, now);
        return CommandResult.Success;
    }
}
