using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Finds a comment or a proposal of a round by its kind and id, for flagging and moderating them alike.</summary>
internal static class RoundContributions
{
    public sealed record Found(int RoundId, string AuthorId, bool IsHidden);

    public static async Task<Found?> FindAsync(CommunityDbContext db, ContributionKind kind, long id, CancellationToken cancellationToken) => kind switch
    {
        ContributionKind.Comment => await db.StandardComments.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new Found(c.RoundId, c.AuthorId, c.Status == StandardCommentStatus.Hidden)).SingleOrDefaultAsync(cancellationToken),
        ContributionKind.Proposal => await db.StandardProposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new Found(p.RoundId, p.AuthorId, p.HiddenReason != null)).SingleOrDefaultAsync(cancellationToken),
        _ => null,
    };

    /// <summary>Marks every open flag on the contribution as dealt with, now.</summary>
    public static Task<int> ResolveFlagsAsync(CommunityDbContext db, ContributionKind kind, long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.StandardFlags.Where(f => f.Kind == kind && f.ContributionId == id && f.ResolvedAt == null)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.ResolvedAt, now), cancellationToken);

    /// <summary>Whether a moderator has stopped the member from contributing to the round.</summary>
    public static Task<bool> IsSuspendedAsync(CommunityDbContext db, int roundId, string userId, CancellationToken cancellationToken) =>
        db.RoundSuspensions.AnyAsync(s => s.RoundId == roundId && s.UserId == userId, cancellationToken);

    public const string SuspendedMessage = "A moderator has suspended you from this consultation. You can still read it.";
}
