using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A member marks someone else's post helpful, once.</summary>
internal sealed class MarkHelpful(CommunityDbContext db, DebateAccess access, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, long postId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(userId, cancellationToken)).IsMember)
        {
            return CommandResult.Failed("", "Only members can mark posts helpful.");
        }
        var visible = db.Debates.VisibleTo(db, userId).Select(d => d.Id);
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId && p.Status == PostStatus.Published && visible.Contains(p.DebateId), cancellationToken);
        if (post is null || post.AuthorId == userId)
        {
            return CommandResult.Failed("", "You cannot mark this post helpful.");
        }
        if (await db.HelpfulMarks.AnyAsync(m => m.PostId == postId && m.UserId == userId, cancellationToken))
        {
            return CommandResult.Success;
        }
        db.HelpfulMarks.Add(new HelpfulMark { PostId = postId, UserId = userId, At = clock.GetUtcNow() });
        post.HelpfulCount++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member clicked twice at once: the first mark counts.
            return CommandResult.Success;
        }
        await notifier.PublishAsync(new DebateEvent(post.DebateId, DebateEventKind.PostChanged, post.Id));
        return CommandResult.Success;
    }
}
