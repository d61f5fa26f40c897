using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A member's unposted text in a debate (see <see cref="PostDraft"/>): read when the composer opens, saved as they type.</summary>
internal sealed class PostDrafts(CommunityDbContext db, TimeProvider clock)
{
    public Task<PostDraft?> FindAsync(string userId, int debateId, CancellationToken cancellationToken = default) =>
        db.PostDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.UserId == userId && d.DebateId == debateId, cancellationToken);

    /// <summary>Keeps <paramref name="text"/> (cut at a post's length); an empty text removes the draft.</summary>
    public async Task SaveAsync(string userId, int debateId, long? parentId, string? text, CancellationToken cancellationToken = default)
    {
        text ??= "";
        if (string.IsNullOrWhiteSpace(text))
        {
            await DiscardAsync(userId, debateId, cancellationToken);
            return;
        }
        text = text.Length > Post.MaxLength ? text[..Post.MaxLength] : text;
        var now = clock.GetUtcNow();
        var updated = await db.PostDrafts.Where(d => d.UserId == userId && d.DebateId == debateId)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Text, text).SetProperty(d => d.ParentId, parentId).SetProperty(d => d.SavedAt, now), cancellationToken);
        if (updated > 0)
        {
            return;
        }
        db.PostDrafts.Add(new PostDraft { UserId = userId, DebateId = debateId, ParentId = parentId, Text = text, SavedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Saved at the same moment from another tab: that one is as good; this text goes in on the next keystroke.
            db.ChangeTracker.Clear();
        }
    }

    public Task DiscardAsync(string userId, int debateId, CancellationToken cancellationToken = default) =>
        db.PostDrafts.Where(d => d.UserId == userId && d.DebateId == debateId).ExecuteDeleteAsync(cancellationToken);
}
