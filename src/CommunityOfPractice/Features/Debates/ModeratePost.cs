using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A moderator's action on a post; every one is audited, and open flags on it are resolved.</summary>
internal sealed class ModeratePost(CommunityDbContext db, DebateAccess access, AuditLog audit, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, long postId, PostModeration action, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        reason = reason?.Trim();
        if (action == PostModeration.Hide && string.IsNullOrEmpty(reason))
        {
            return CommandResult.Failed("Reason", "Say why the post is hidden: the placeholder shows it.");
        }
        if (reason is { Length: > Debate.ReasonLength })
        {
            return CommandResult.Failed("Reason", "The text must be at most {0} characters.", Debate.ReasonLength);
        }
        var post = await db.Posts.Include(p => p.Author).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || post.Status == PostStatus.Withdrawn)
        {
            return CommandResult.Failed("", "This post is no longer available.");
        }
        var wasHeld = post.Status == PostStatus.Held;
        switch (action)
        {
            case PostModeration.Approve when post.Status == PostStatus.Published && post.PendingMarkdown is not null:
                var now = clock.GetUtcNow();
                post.Revisions.Add(new PostRevision { Markdown = post.Markdown, ReplacedAt = now });
                post.Markdown = post.PendingMarkdown;
                post.Html = post.PendingHtml ?? post.Html;
                post.EditedAt = post.PendingEditAt ?? now;
                ClearPendingEdit(post);
                break;
            case PostModeration.RejectEdit when post.PendingMarkdown is not null:
                ClearPendingEdit(post);
                break;
            case PostModeration.Approve when post.Status == PostStatus.Held:
            case PostModeration.Restore when post.Status == PostStatus.Hidden:
                post.Status = PostStatus.Published;
                post.HiddenReason = null;
                break;
            case PostModeration.Hide:
                post.Status = PostStatus.Hidden;
                post.HiddenReason = reason;
                break;
            case PostModeration.Pin or PostModeration.Unpin:
                post.IsPinned = action == PostModeration.Pin;
                break;
            case PostModeration.Lock or PostModeration.Unlock:
                post.IsLocked = action == PostModeration.Lock;
                break;
            case PostModeration.Highlight or PostModeration.Unhighlight:
                post.IsHighlighted = action == PostModeration.Highlight;
                break;
            default:
                return CommandResult.Failed("", "This action does not apply to this post.");
        }
        if (action is PostModeration.Hide or PostModeration.Approve or PostModeration.Restore)
        {
            await db.PostFlags.Where(f => f.PostId == postId && f.ResolvedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ResolvedAt, clock.GetUtcNow()), cancellationToken);
        }
        audit.Record(moderator, $"post.{action.ToString().ToLowerInvariant()}", post.Author, $"debate {post.DebateId}, post {post.Id}{(reason is null ? "" : ": " + reason)}");
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new DebateEvent(post.DebateId, wasHeld && post.Status == PostStatus.Published ? DebateEventKind.PostAdded : DebateEventKind.PostChanged, post.Id));
        return CommandResult.Success;
    }

    private static void ClearPendingEdit(Post post)
    {
        post.PendingMarkdown = null;
        post.PendingHtml = null;
        post.PendingEditAt = null;
    }
}
