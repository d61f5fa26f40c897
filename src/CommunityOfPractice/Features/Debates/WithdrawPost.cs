using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>An author takes their post back; a placeholder keeps its place so replies stay in context.</summary>
internal sealed class WithdrawPost(CommunityDbContext db, DebateNotifier notifier)
{
    public async Task<CommandResult> HandleAsync(string authorId, long postId, CancellationToken cancellationToken = default)
    {
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || post.AuthorId != authorId)
        {
            return CommandResult.Failed("", "You can only withdraw your own posts.");
        }
        if (post.Status == PostStatus.Withdrawn)
        {
            return CommandResult.Success;
        }
        post.Status = PostStatus.Withdrawn;
        // An edit waiting for a moderator goes with it.
        post.PendingMarkdown = null;
        post.PendingHtml = null;
        post.PendingEditAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new DebateEvent(post.DebateId, DebateEventKind.PostChanged, post.Id));
        return CommandResult.Success;
    }
}
