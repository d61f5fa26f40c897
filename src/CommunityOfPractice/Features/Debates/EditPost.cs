using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Authors may edit their post for 15 minutes, while the debate is open; the earlier text is kept for moderators.</summary>
/// <summary>
/// An author's edit of their post, within the edit window and while the debate is open. In a debate that holds this
/// author's posts, an edit of a published post waits for a moderator (<see cref="Post.PendingMarkdown"/>); a member
/// suspended from the debate cannot edit there.
/// </summary>
internal sealed class EditPost(CommunityDbContext db, DebateAccess access, MarkdownRenderer markdown, DebateNotifier notifier, TimeProvider clock)
{
    /// <summary>What the author is told when the edit waits for a moderator.</summary>
    public const string HeldMessage = "Your edit will appear once a moderator approves it. Until then, others see the earlier version.";

    public async Task<CommandResult> HandleAsync(string authorId, long postId, string? newMarkdown, CancellationToken cancellationToken = default)
    {
        var text = newMarkdown?.Trim() ?? "";
        if (text.Length == 0)
        {
            return CommandResult.Failed("Markdown", "Write something before posting.");
        }
        if (text.Length > Post.MaxLength)
        {
            return CommandResult.Failed("Markdown", "A post can be at most {0} characters; this one has {1}.", Post.MaxLength, text.Length);
        }
        var post = await db.Posts.Include(p => p.Debate).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || post.AuthorId != authorId || post.Status is PostStatus.Withdrawn or PostStatus.Hidden)
        {
            return CommandResult.Failed("Markdown", "You can only edit your own posts.");
        }
        var now = clock.GetUtcNow();
        if (now - post.CreatedAt > Post.EditWindow)
        {
            return CommandResult.Failed("Markdown", "Posts can be edited for {0} minutes after posting.", (int)Post.EditWindow.TotalMinutes);
        }
        if (!post.Debate!.IsOpenAt(now))
        {
            return CommandResult.Failed("Markdown", "This debate is closed: posts can no longer change.");
        }
        if (await db.DebateSuspensions.AnyAsync(s => s.DebateId == post.DebateId && s.UserId == authorId, cancellationToken))
        {
            return CommandResult.Failed("Markdown", "A moderator has suspended you from this debate.");
        }
        if (post.Status == PostStatus.Published
            && await PostToDebate.HoldsAsync(db, post.Debate, authorId, await access.RolesOfAsync(authorId, cancellationToken), cancellationToken))
        {
            post.PendingMarkdown = text;
            post.PendingHtml = markdown.ToSafeHtml(text);
            post.PendingEditAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await notifier.PublishAsync(new DebateEvent(post.DebateId, DebateEventKind.PostHeld, post.Id));
            return CommandResult.Success;
        }
        post.Revisions.Add(new PostRevision { Markdown = post.Markdown, ReplacedAt = now });
        post.Markdown = text;
        post.Html = markdown.ToSafeHtml(text);
        post.EditedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new DebateEvent(post.DebateId, DebateEventKind.PostChanged, post.Id));
        return CommandResult.Success;
    }
}
