using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A member follows a debate, or stops: followed debates' windows are in the calendar feed, and posting follows one.</summary>
internal sealed class FollowDebate(CommunityDbContext db, TimeProvider clock)
{
    public Task<bool> IsFollowingAsync(int debateId, string userId, CancellationToken cancellationToken = default) =>
        db.DebateFollows.AnyAsync(f => f.DebateId == debateId && f.UserId == userId, cancellationToken);

    public async Task SetAsync(int debateId, string userId, bool follow, CancellationToken cancellationToken = default)
    {
        var existing = await db.DebateFollows.SingleOrDefaultAsync(f => f.DebateId == debateId && f.UserId == userId, cancellationToken);
        if (follow && existing is null && await db.Debates.VisibleTo(db, userId).AnyAsync(d => d.Id == debateId && d.IsPublished, cancellationToken))
        {
            db.DebateFollows.Add(new DebateFollow { DebateId = debateId, UserId = userId, At = clock.GetUtcNow() });
        }
        else if (!follow && existing is not null)
        {
            db.DebateFollows.Remove(existing);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (follow)
        {
            // Followed twice at once (two tabs): the other request already did it.
        }
    }
}
