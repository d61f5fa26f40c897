using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A moderator hides a comment or a proposal with a reason shown in its place, as posts are hidden in debates; its flags
/// are dealt with. A hidden proposal is still answered by the drafters, and counted but never quoted in the report.
/// </summary>
internal sealed class HideContribution(CommunityDbContext db, StandardAccess access, AuditLog audit, IStandardPublication publication, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, ContributionKind kind, long contributionId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.CanModerateAsync(moderator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > StandardComment.ReasonLength)
        {
            return CommandResult.Failed("Reason", "Give the reason shown in its place (at most {0} characters).", StandardComment.ReasonLength);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hidden = kind switch
        {
            ContributionKind.Comment => await db.StandardComments.Where(c => c.Id == contributionId)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.Status, StandardCommentStatus.Hidden).SetProperty(x => x.HiddenReason, text), cancellationToken),
            ContributionKind.Proposal => await db.StandardProposals.Where(p => p.Id == contributionId)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.HiddenReason, text), cancellationToken),
            _ => 0,
        };
        if (hidden == 0)
        {
            return CommandResult.Failed("", "This contribution does not exist.");
        }
        var contribution = (await RoundContributions.FindAsync(db, kind, contributionId, cancellationToken))!;
        await RoundContributions.ResolveFlagsAsync(db, kind, contributionId, clock.GetUtcNow(), cancellationToken);
        var author = await db.Users.SingleAsync(u => u.Id == contribution.AuthorId, cancellationToken);
        audit.Record(moderator, kind == ContributionKind.Comment ? "standard.comment-hidden" : "standard.proposal-hidden", author, $"{contributionId}: {text}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // A closed round's public report quotes proposals: its cached pages must not keep the hidden one.
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }
}
