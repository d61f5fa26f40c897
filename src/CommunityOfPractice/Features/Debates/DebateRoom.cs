using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A post as a viewer may see it: hidden and withdrawn posts keep their place as placeholders.</summary>
public sealed record PostView(
    long Id, long? ParentId, int Depth, long? QuotedPostId, int? QuestionId, string AuthorId, string AuthorName,
    PostKind Kind, PostStatus Status, string Html, string Markdown, string? HiddenReason, bool IsPinned, bool IsLocked,
    bool IsHighlighted, int HelpfulCount, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, QuotingConsent Consent)
{
    /// <summary>Earlier texts of an edited post, oldest first; filled for moderators only.</summary>
    public IReadOnlyList<string> Revisions { get; init; } = [];

    /// <summary>An edit waiting for a moderator, rendered; shown to moderators and to the author only.</summary>
    public string? PendingHtml { get; init; }

    /// <summary>The author's own waiting edit, as they typed it, to go on editing it.</summary>
    public string? PendingMarkdown { get; init; }

    public bool IsVisibleText => Status is PostStatus.Published or PostStatus.Held;
}

public sealed record VoiceBalance(
    IReadOnlyDictionary<StakeholderCategory, (int Participants, int Posts)> ByCategory,
    IReadOnlyDictionary<WhoRegion, (int Participants, int Posts)> ByRegion);

public sealed record DebateRoomView(
    Debate Debate, IReadOnlyList<GuidingQuestion> Questions, IReadOnlyList<PostView> Posts, bool ViewerIsSuspended,
    long LastSeenPostId, VoiceBalance? Balance, IReadOnlySet<long> HelpfulByViewer);

/// <summary>An open room's posts (in id order, as <see cref="DebateRoom.ForViewerAsync"/> reads them) patched by one event.</summary>
public static class RoomPosts
{
    /// <summary>
    /// The posts with <paramref name="postId"/> as the viewer now sees it: replaced in its place, put in id order when
    /// new, or taken out when the viewer may no longer see it (<paramref name="post"/> is null).
    /// </summary>
    public static IReadOnlyList<PostView> With(IReadOnlyList<PostView> posts, long postId, PostView? post)
    {
        var (low, high) = (0, posts.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (posts[middle].Id == postId)
            {
                var changed = posts.ToList();
                if (post is null)
                {
                    changed.RemoveAt(middle);
                }
                else
                {
                    changed[middle] = post;
                }
                return changed;
            }
            if (posts[middle].Id < postId)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        if (post is null)
        {
            return posts;
        }
        var added = posts.ToList();
        added.Insert(low, post);
        return added;
    }
}

/// <summary>Reads a debate room for one viewer, and the list of debates.</summary>
public sealed class DebateRoom(CommunityDbContext db, TimeProvider clock)
{
    public async Task<DebateRoomView?> ForViewerAsync(int debateId, string viewerId, bool viewerIsModerator, CancellationToken cancellationToken = default)
    {
        var debate = await db.Debates.AsNoTracking().Include(d => d.Questions).SingleOrDefaultAsync(d => d.Id == debateId, cancellationToken);
        if (debate is null || (!debate.IsPublished && !viewerIsModerator))
        {
            return null;
        }
        var rows = await db.Posts.AsNoTracking().Where(p => p.DebateId == debateId)
            .Where(p => p.Status != PostStatus.Held || viewerIsModerator || p.AuthorId == viewerId)
            .OrderBy(p => p.Id)
            .Select(p => new PostRow(p, p.Author!.DisplayName, p.Author.DeletedAt, p.Author.Category, p.Author.CountryCode))
            .ToListAsync(cancellationToken);
        var posts = rows.Select(r => ToView(r, viewerId, viewerIsModerator)).ToList();
        if (viewerIsModerator && posts.Any(p => p.EditedAt is not null))
        {
            var edited = posts.Where(p => p.EditedAt is not null).Select(p => p.Id).ToList();
            var revisions = (await db.PostRevisions.AsNoTracking().Where(r => edited.Contains(r.PostId)).OrderBy(r => r.Id).ToListAsync(cancellationToken))
                .ToLookup(r => r.PostId, r => r.Markdown);
            posts = posts.Select(p => p.EditedAt is null ? p : p with { Revisions = revisions[p.Id].ToList() }).ToList();
        }

        VoiceBalance? balance = null;
        if (viewerIsModerator)
        {
            var counted = rows.Where(r => r.Post.Kind == PostKind.Member && r.Post.Status is PostStatus.Published or PostStatus.Held).ToList();
            balance = new VoiceBalance(
                counted.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => (g.Select(r => r.Post.AuthorId).Distinct().Count(), g.Count())),
                counted.Where(r => CountryCatalog.Find(r.CountryCode) is not null).GroupBy(r => CountryCatalog.Find(r.CountryCode)!.Region)
                    .ToDictionary(g => g.Key, g => (g.Select(r => r.Post.AuthorId).Distinct().Count(), g.Count())));
        }
        var suspended = await db.DebateSuspensions.AnyAsync(s => s.DebateId == debateId && s.UserId == viewerId, cancellationToken);
        var lastSeen = await db.DebateVisits.Where(v => v.DebateId == debateId && v.UserId == viewerId).Select(v => v.LastSeenPostId).SingleOrDefaultAsync(cancellationToken);
        var postIds = posts.Select(p => p.Id).ToList();
        var helpful = (await db.HelpfulMarks.Where(m => m.UserId == viewerId && postIds.Contains(m.PostId)).Select(m => m.PostId).ToListAsync(cancellationToken)).ToHashSet();
        return new DebateRoomView(debate, debate.Questions.OrderBy(q => q.Order).ToList(), posts, suspended, lastSeen, balance, helpful);
    }

    /// <summary>Remembers the newest post a member has seen, for "new since your last visit".</summary>
    public async Task MarkSeenAsync(int debateId, string viewerId, long lastPostId, CancellationToken cancellationToken = default)
    {
        var visit = await db.DebateVisits.SingleOrDefaultAsync(v => v.DebateId == debateId && v.UserId == viewerId, cancellationToken);
        if (visit is null)
        {
            db.DebateVisits.Add(new DebateVisit { DebateId = debateId, UserId = viewerId, LastSeenPostId = lastPostId, At = clock.GetUtcNow() });
        }
        else if (visit.LastSeenPostId < lastPostId)
        {
            visit.LastSeenPostId = lastPostId;
            visit.At = clock.GetUtcNow();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs of the same member recorded their first visit at once; either record will do.
        }
    }

    public async Task<PostView?> PostAsync(long postId, string viewerId, bool viewerIsModerator, CancellationToken cancellationToken = default)
    {
        var row = await db.Posts.AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new PostRow(p, p.Author!.DisplayName, p.Author.DeletedAt, p.Author.Category, p.Author.CountryCode))
            .SingleOrDefaultAsync(cancellationToken);
        return row is null || (row.Post.Status == PostStatus.Held && !row.Post.IsVisibleTo(viewerId, viewerIsModerator))
            ? null
            : ToView(row, viewerId, viewerIsModerator);
    }

    private static PostView ToView(PostRow r, string viewerId, bool viewerIsModerator) => new(
        r.Post.Id, r.Post.ParentId, r.Post.Depth, r.Post.QuotedPostId, r.Post.QuestionId, r.Post.AuthorId,
        r.DeletedAt is null ? r.DisplayName : MemberCard.FormerMember, r.Post.Kind, r.Post.Status,
        r.Post.IsVisibleTo(viewerId, viewerIsModerator) ? r.Post.Html : "", r.Post.AuthorId == viewerId ? r.Post.Markdown : "",
        r.Post.Status == PostStatus.Hidden ? r.Post.HiddenReason : null, r.Post.IsPinned, r.Post.IsLocked, r.Post.IsHighlighted,
        r.Post.HelpfulCount, r.Post.CreatedAt, r.Post.EditedAt, r.Post.Consent)
    {
        PendingHtml = viewerIsModerator || r.Post.AuthorId == viewerId ? r.Post.PendingHtml : null,
        PendingMarkdown = r.Post.AuthorId == viewerId ? r.Post.PendingMarkdown : null,
    };

    private sealed record PostRow(Post Post, string DisplayName, DateTimeOffset? DeletedAt, StakeholderCategory Category, string CountryCode);

    public async Task<IReadOnlyList<Debate>> ListAsync(bool includeDrafts, CancellationToken cancellationToken = default) =>
        await db.Debates.AsNoTracking().Where(d => d.IsPublished || includeDrafts).OrderByDescending(d => d.OpensAt).ToListAsync(cancellationToken);

    public DateTimeOffset Now => clock.GetUtcNow();
}
