using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// A representative signs an open statement on behalf of one of their approved organisations, once per organisation.
/// The window is read from the clock just before the commit; the key refuses a second signature given at the same instant.
/// </summary>
internal sealed class SignStatement(CommunityDbContext db, StatementAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor actor, int statementId, int organisationId, CancellationToken cancellationToken = default)
    {
        if (await access.SigningStateAsync(actor.UserId, statementId, cancellationToken) is not { } state)
        {
            return CommandResult.Failed("", "This statement does not exist.");
        }
        var (statement, represented, signed) = state;
        if (StatementRules.CheckSigning(statement, clock.GetUtcNow(), [.. represented.Keys], signed, organisationId) is { } error)
        {
            return CommandResult.Failure([error]);
        }
        db.Add(new StatementSignature { StatementId = statementId, OrganisationId = organisationId, SignedById = actor.UserId, SignedAt = clock.GetUtcNow() });
        audit.Record(actor, "statement.signed", null, $"{statement.Title}: {represented[organisationId].Name}");
        // At commit time, by the clock: a form sent a moment before the close and saved after it is refused.
        if (!statement.IsOpenAt(clock.GetUtcNow()))
        {
            return CommandResult.Failed("OrganisationId", "The signing window has closed.");
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Failure([StatementRules.AlreadySigned]);
        }
        return CommandResult.Success;
    }
}
