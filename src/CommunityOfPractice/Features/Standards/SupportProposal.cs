using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member supports another member's proposal, once, while the round is open.</summary>
internal sealed class SupportProposal(CommunityDbContext db, StandardAccess access, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, long proposalId, CancellationToken cancellationToken = default)
    {
        if (!await access.IsMemberAsync(userId, cancellationToken))
        {
            return Refused("Only members can take part in a consultation.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var proposal = await db.StandardProposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == proposalId, cancellationToken);
        if (proposal is null || proposal.HiddenReason is not null)
        {
            return Refused("This proposal does not exist.");
        }
        if (proposal.AuthorId == userId)
        {
            return Refused("You cannot support your own proposal.");
        }
        if (await db.ProposalSupports.AnyAsync(s => s.ProposalId == proposalId && s.UserId == userId, cancellationToken))
        {
            return Refused("You already support this proposal.");
        }
        if (await RoundContributions.IsSuspendedAsync(db, proposal.RoundId, userId, cancellationToken))
        {
            return Refused(RoundContributions.SuspendedMessage);
        }
        var round = await db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == proposal.RoundId, cancellationToken);
        var now = clock.GetUtcNow();
        if (ConsultationWindow.Refusal(round, now, "") is { } closed)
        {
            return CommandResult.Failure([closed]);
        }
        db.ProposalSupports.Add(new ProposalSupport { ProposalId = proposalId, UserId = userId, At = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member's second click landed first.
            return Refused("You already support this proposal.");
        }
        await db.StandardProposals.Where(p => p.Id == proposalId).ExecuteUpdateAsync(p => p.SetProperty(x => x.SupportCount, x => x.SupportCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }

    private static CommandResult Refused(string message) => CommandResult.Failed("", message);
}
