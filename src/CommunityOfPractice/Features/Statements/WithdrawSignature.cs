using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>A representative withdraws their organisation's signature while the window is open; audited.</summary>
internal sealed class WithdrawSignature(CommunityDbContext db, StatementAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor actor, int statementId, int organisationId, CancellationToken cancellationToken = default)
    {
        if (await access.SigningStateAsync(actor.UserId, statementId, cancellationToken) is not { } state)
        {
            return CommandResult.Failed("", "This statement does not exist.");
        }
        var (statement, represented, signed) = state;
        if (StatementRules.CheckWithdrawal(statement, clock.GetUtcNow(), [.. represented.Keys], signed, organisationId) is { } error)
        {
            return CommandResult.Failure([error]);
        }
        var signature = await db.Set<StatementSignature>().SingleAsync(s => s.StatementId == statementId && s.OrganisationId == organisationId, cancellationToken);
        db.Remove(signature);
        audit.Record(actor, "statement.withdrawn", null, $"{statement.Title}: {represented[organisationId].Name}");
        if (!statement.IsOpenAt(clock.GetUtcNow()))
        {
            return CommandResult.Failed("OrganisationId", "The signing window has closed.");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another representative withdrew it a moment earlier.
            return CommandResult.Failed("OrganisationId", "This organisation has not signed the statement.");
        }
        return CommandResult.Success;
    }
}
