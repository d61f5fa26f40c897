using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What is on in debates for one member: the published debates open now, and the next ones to open.</summary>
internal sealed class DebatesOnNow(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The open debates, closing soonest first, each with the posts the room would mark new for this member (by others,
    /// after the last one they saw, and that they may read: published, or held for a moderator); one query for them all.
    /// </summary>
    public async Task<IReadOnlyList<OpenDebate>> OpenAsync(string userId, bool isModerator, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.Debates.AsNoTracking().VisibleTo(db, userId)
            .Where(d => d.IsPublished && d.OpensAt <= now && now < d.ClosesAt)
            .OrderBy(d => d.ClosesAt)
            .Select(d => new OpenDebate(d.Id, d.Title, d.OpensAt, d.ClosesAt,
                db.Posts.Count(p => p.DebateId == d.Id && p.AuthorId != userId
                    && (p.Status == PostStatus.Published || (isModerator && p.Status == PostStatus.Held))
                    // Never visited: everything is new, as in the room.
                    && p.Id > (db.DebateVisits.Where(v => v.DebateId == d.Id && v.UserId == userId).Select(v => (long?)v.LastSeenPostId).FirstOrDefault() ?? 0))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The next <paramref name="count"/> published debates still to open, soonest first.</summary>
    public async Task<IReadOnlyList<Debate>> OpeningNextAsync(string? userId, int count, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.Debates.AsNoTracking().VisibleTo(db, userId).Where(d => d.IsPublished && now < d.OpensAt).OrderBy(d => d.OpensAt).Take(count).ToListAsync(cancellationToken);
    }
}
