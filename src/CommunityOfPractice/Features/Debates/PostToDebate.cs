using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// Adds a post. The window is checked against the clock inside the writing transaction, so a post is
/// accepted only if <c>opens_at &lt;= now &lt; closes_at</c> when it is committed, whatever the jobs did.
/// </summary>
internal sealed class PostToDebate(CommunityDbContext db, DebateAccess access, MarkdownRenderer markdown, DebateNotifier notifier, IDebateMail mail, TimeProvider clock)
{
    public const int PostsPerMinute = 10;

    /// <summary>In "first posts" pre-moderation, how many of a member's posts wait for a moderator.</summary>
    public const int HeldFirstPosts = 2;

    public async Task<CommandResult<Post>> HandleAsync(string authorId, PostCommand command, CancellationToken cancellationToken = default)
    {
        var text = command.Markdown?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Refused("Write something before posting.");
        }
        if (text.Length > Post.MaxLength)
        {
            return Refused("A post can be at most {0} characters; this one has {1}.", Post.MaxLength, text.Length);
        }
        if (command.ClientRequestId is { Length: > 64 })
        {
            return Refused("This post could not be sent. Please try again.");
        }
        if (command.Consent is { } consent && !Enum.IsDefined(consent))
        {
            return Refused("Choose how you may be quoted.");
        }

        var roles = await access.RolesOfAsync(authorId, cancellationToken);
        if (!roles.IsMember)
        {
            return Refused("Only members can post in debates.");
        }
        if (command.Kind is not PostKind.Member && !roles.IsModerator)
        {
            return Refused("Only moderators can post as moderator.");
        }

        if (command.ClientRequestId is { Length: > 0 } requestId
            && await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.AuthorId == authorId && p.ClientRequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var debate = await db.Debates.AsNoTracking().VisibleTo(db, authorId).SingleOrDefaultAsync(d => d.Id == command.DebateId, cancellationToken);
        if (debate is null || !debate.IsPublished)
        {
            return Refused("This debate does not exist.");
        }
        if (await db.DebateSuspensions.AnyAsync(s => s.DebateId == debate.Id && s.UserId == authorId, cancellationToken))
        {
            return Refused("A moderator has suspended you from this debate.");
        }
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-1);
        if (await db.Posts.CountAsync(p => p.AuthorId == authorId && p.CreatedAt > since, cancellationToken) >= PostsPerMinute)
        {
            return Refused("You have posted {0} times in a minute. Please wait a moment before posting again.", PostsPerMinute);
        }

        var post = new Post
        {
            DebateId = debate.Id,
            AuthorId = authorId,
            Markdown = text,
            Html = markdown.ToSafeHtml(text),
            Kind = command.Kind,
            CreatedAt = now,
            ClientRequestId = string.IsNullOrEmpty(command.ClientRequestId) ? null : command.ClientRequestId,
        };
        if (command.ParentId is { } parentId)
        {
            var parent = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == parentId && p.DebateId == debate.Id, cancellationToken);
            if (parent is null || parent.Status != PostStatus.Published)
            {
                return Refused("The post you are replying to is no longer available.");
            }
            if (await IsThreadLockedAsync(parent, cancellationToken))
            {
                return Refused("A moderator has locked this thread.");
            }
            if (parent.Depth < Post.MaxDepth)
            {
                post.ParentId = parent.Id;
                post.Depth = parent.Depth + 1;
            }
            else
            {
                // Threads stop nesting at the deepest level: the reply becomes a sibling that quotes its post.
                post.ParentId = parent.ParentId;
                post.Depth = parent.Depth;
                post.QuotedPostId = parent.Id;
            }
            post.QuestionId = parent.QuestionId;
        }
        else if (command.QuestionId is { } questionId)
        {
            if (!await db.GuidingQuestions.AnyAsync(q => q.Id == questionId && q.DebateId == debate.Id, cancellationToken))
            {
                return Refused("Choose one of this debate's guiding questions.");
            }
            post.QuestionId = questionId;
        }

        var author = await db.Users.AsNoTracking().SingleAsync(u => u.Id == authorId, cancellationToken);
        post.Consent = command.Consent ?? author.DefaultQuotingConsent;
        post.Status = await NeedsModerationAsync(debate, authorId, roles, cancellationToken) ? PostStatus.Held : PostStatus.Published;

        // The window, decided by the clock at commit time.
        if (!debate.IsOpenAt(clock.GetUtcNow()))
        {
            return debate.StateAt(clock.GetUtcNow()) == DebateState.Scheduled
                ? Refused("This debate opens on {0:u}. Your text is kept: post it then.", debate.OpensAt)
                : Refused("This debate closed on {0:u}. Your post was not saved.", debate.ClosesAt);
        }
        db.Posts.Add(post);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (post.ClientRequestId is not null)
        {
            // Two retries raced: the other one landed.
            db.ChangeTracker.Clear();
            var landed = await db.Posts.AsNoTracking().SingleOrDefaultAsync(p => p.AuthorId == authorId && p.ClientRequestId == post.ClientRequestId, cancellationToken);
            return landed is null ? Refused("This post could not be sent. Please try again.") : landed;
        }

        await notifier.PublishAsync(new DebateEvent(debate.Id, post.Status == PostStatus.Held ? DebateEventKind.PostHeld : DebateEventKind.PostAdded, post.Id));
        await FollowAsync(debate.Id, authorId, cancellationToken);
        if (post.Status == PostStatus.Published && (post.QuotedPostId ?? post.ParentId) is { } answeredId)
        {
            await MailTheAnsweredAuthorAsync(debate, author, answeredId, post.Id, cancellationToken);
        }
        return post;
    }

    /// <summary>Every refusal is reported against the text of the post (<c>Markdown</c>).</summary>
    private static CommandResult<Post> Refused(string message, params object[] arguments) => CommandResult<Post>.Failed("Markdown", message, arguments);

    /// <summary>Taking part follows the debate: its window joins the member's calendar feed.</summary>
    private async Task FollowAsync(int debateId, string authorId, CancellationToken cancellationToken)
    {
        if (await db.DebateFollows.AnyAsync(f => f.DebateId == debateId && f.UserId == authorId, cancellationToken))
        {
            return;
        }
        var follow = db.DebateFollows.Add(new DebateFollow { DebateId = debateId, UserId = authorId, At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another post by the same member followed it a moment ago.
            follow.State = EntityState.Detached;
        }
    }

    private async Task MailTheAnsweredAuthorAsync(Debate debate, AppUser replier, long answeredId, long replyId, CancellationToken cancellationToken)
    {
        var answered = await db.Posts.AsNoTracking().Where(p => p.Id == answeredId).Select(p => p.Author).SingleOrDefaultAsync(cancellationToken);
        // A member on a digest reads the reply in it instead.
        if (answered is { NotifyReplies: true, DeletedAt: null, MailFrequency: Mail.MailFrequency.Immediate } && answered.Id != replier.Id)
        {
            await mail.SendReplyAsync(answered, debate, replier.DisplayName, replyId, cancellationToken);
        }
    }

    private async Task<bool> IsThreadLockedAsync(Post post, CancellationToken cancellationToken)
    {
        var current = post;
        while (true)
        {
            if (current.IsLocked)
            {
                return true;
            }
            if (current.ParentId is not { } parentId)
            {
                return false;
            }
            current = await db.Posts.AsNoTracking().SingleAsync(p => p.Id == parentId, cancellationToken);
        }
    }

    private Task<bool> NeedsModerationAsync(Debate debate, string authorId, ViewerRoles roles, CancellationToken cancellationToken) =>
        HoldsAsync(db, debate, authorId, roles, cancellationToken);

    /// <summary>Whether this debate holds what this author writes (new posts and edits alike) for a moderator.</summary>
    internal static async Task<bool> HoldsAsync(CommunityDbContext db, Debate debate, string authorId, ViewerRoles roles, CancellationToken cancellationToken) =>
        !roles.IsModerator && debate.ModerationMode switch
        {
            ModerationMode.PreModerationAll => true,
            ModerationMode.PreModerationFirstPosts => await db.Posts.CountAsync(
                p => p.DebateId == debate.Id && p.AuthorId == authorId && p.Status == PostStatus.Published, cancellationToken) < HeldFirstPosts,
            _ => false,
        };
}
