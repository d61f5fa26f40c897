using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Authors may edit their post for 15 minutes, while the debate is open; the earlier text is kept for moderators.</summary>
public sealed class EditPost(CommunityDbContext db, MarkdownRenderer markdown, DebateNotifier notifier, TimeProvider clock)
{
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
        post.Revisions.Add(new PostRevision { Markdown = post.Markdown, ReplacedAt = now });
        post.Markdown = text;
        post.Html = markdown.ToSafeHtml(text);
        post.EditedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new DebateEvent(post.DebateId, DebateEventKind.PostChanged, post.Id));
        return CommandResult.Success;
    }
}
