using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member asks the moderators to look at a comment or a proposal of a round, with a reason, as posts are flagged in debates.</summary>
internal sealed class FlagContribution(CommunityDbContext db, StandardAccess access, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, ContributionKind kind, long contributionId, FlagReason reason, string? note, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(reason))
        {
            return CommandResult.Failed("Reason", "Choose why you are flagging this contribution.");
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > StandardComment.ReasonLength })
        {
            return CommandResult.Failed("Note", "The text must be at most {0} characters.", StandardComment.ReasonLength);
        }
        if (!await access.IsMemberAsync(userId, cancellationToken)
            || await RoundContributions.FindAsync(db, kind, contributionId, cancellationToken) is not { IsHidden: false } contribution)
        {
            return CommandResult.Failed("", "You cannot flag this contribution.");
        }
        if (await db.StandardFlags.AnyAsync(f => f.Kind == kind && f.ContributionId == contributionId && f.UserId == userId && f.ResolvedAt == null, cancellationToken))
        {
            // Flagged already and not dealt with yet: once is enough.
            return CommandResult.Success;
        }
        db.StandardFlags.Add(new StandardFlag
        {
            RoundId = contribution.RoundId, Kind = kind, ContributionId = contributionId, UserId = userId, Reason = reason, Note = note, At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
