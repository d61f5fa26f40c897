using System.Collections.Immutable;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Reads a debate room for one viewer, and the list of debates.</summary>
internal sealed class DebateRoom(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>The whole room, every thread shown.</summary>
    public Task<DebateRoomView?> ForViewerAsync(int debateId, string viewerId, bool viewerIsModerator, CancellationToken cancellationToken = default) =>
        ForViewerAsync(debateId, viewerId, viewerIsModerator, RoomWindow.Everything, cancellationToken: cancellationToken);

    /// <summary>
    /// The room with the threads of <paramref name="window"/>, or, when it is null, of the page a reader should land on:
    /// the thread of <paramref name="aroundPostId"/> (a link to a post), else the first thread with posts newer than their
    /// last visit, else the newest threads. <paramref name="move"/> widens the window by a page before or after.
    /// </summary>
    public async Task<DebateRoomView?> ForViewerAsync(int debateId, string viewerId, bool viewerIsModerator, RoomWindow? window,
        int questionFilter = 0, long? aroundPostId = null, RoomMove move = RoomMove.None, CancellationToken cancellationToken = default)
    {
        var debate = await db.Debates.AsNoTracking().VisibleTo(db, viewerId).Include(d => d.Questions).SingleOrDefaultAsync(d => d.Id == debateId, cancellationToken);
        if (debate is null || (!debate.IsPublished && !viewerIsModerator))
        {
            return null;
        }
        var lastSeen = await db.DebateVisits.Where(v => v.DebateId == debateId && v.UserId == viewerId).Select(v => v.LastSeenPostId).SingleOrDefaultAsync(cancellationToken);

        // The outline first, a few numbers per post: which thread each post is in, and how the threads are ordered.
        var outline = await Visible(debateId, viewerId, viewerIsModerator).OrderBy(p => p.Id)
            .Select(p => new OutlineRow(p.Id, p.ParentId, p.QuestionId, p.IsPinned, p.Status, p.AuthorId, p.Kind)).ToListAsync(cancellationToken);
        var rootOf = new Dictionary<long, long>(outline.Count);
        var threadSize = new Dictionary<long, int>();
        var threadNewest = new Dictionary<long, long>();
        foreach (var row in outline)
        {
            // Ids grow with time, so a post's parent is always met before it.
            var root = row.ParentId is { } parent ? rootOf.GetValueOrDefault(parent, parent) : row.Id;
            rootOf[row.Id] = root;
            threadSize[root] = threadSize.GetValueOrDefault(root) + 1;
            threadNewest[root] = row.Id;
        }
        var threads = outline.Where(r => r.ParentId is null && (questionFilter == 0 || r.QuestionId == questionFilter))
            .Select(r => new ThreadHead(r.Id, r.QuestionId, r.IsPinned)).OrderByDescending(t => t.IsPinned).ThenBy(t => t.Id).ToList();
        var unpinned = threads.Where(t => !t.IsPinned).ToList();
        var aroundThread = aroundPostId is { } around && rootOf.TryGetValue(around, out var aroundRoot) ? aroundRoot : (long?)null;
        var shown = Move(window ?? Land(unpinned, threadSize, threadNewest, lastSeen, aroundThread), move, unpinned, threadSize);

        var shownRoots = threads.Where(shown.Shows).Select(t => t.Id).ToHashSet();
        var everything = questionFilter == 0 && shownRoots.Count == threads.Count;
        var ids = everything ? [] : outline.Where(r => shownRoots.Contains(rootOf[r.Id])).Select(r => r.Id).ToList();
        var newest = outline.Count > 0 ? outline[^1].Id : 0;
        // No post committed after the outline: its event will bring it, and count it.
        var rows = await Visible(debateId, viewerId, viewerIsModerator)
            .Where(p => p.Id <= newest)
            .Where(p => everything || ids.Contains(p.Id))
            .OrderBy(p => p.Id)
            .Select(p => new PostRow(p, p.Author!.DisplayName, p.Author.DeletedAt, p.Author.ShowCategory ? p.Author.Category : null))
            .ToListAsync(cancellationToken);
        var posts = rows.Select(r => ToView(r, viewerId, viewerIsModerator)).ToList();
        if (viewerIsModerator && posts.Any(p => p.EditedAt is not null))
        {
            var edited = posts.Where(p => p.EditedAt is not null).Select(p => p.Id).ToList();
            var revisions = (await db.PostRevisions.AsNoTracking().Where(r => edited.Contains(r.PostId)).OrderBy(r => r.Id).ToListAsync(cancellationToken))
                .ToLookup(r => r.PostId, r => r.Markdown);
            posts = posts.Select(p => p.EditedAt is null ? p : p with { Revisions = revisions[p.Id].ToList() }).ToList();
        }
        var balance = viewerIsModerator ? await BalanceAsync(debateId, cancellationToken) : null;
        var suspended = await db.DebateSuspensions.AnyAsync(s => s.DebateId == debateId && s.UserId == viewerId, cancellationToken);
        var postIds = posts.Select(p => p.Id).ToList();
        var helpful = (await db.HelpfulMarks.Where(m => m.UserId == viewerId && postIds.Contains(m.PostId)).Select(m => m.PostId).ToListAsync(cancellationToken)).ToHashSet();
        return new DebateRoomView(debate, debate.Questions.OrderBy(q => q.Order).ToList(), posts, suspended, lastSeen, balance, helpful)
        {
            ThreadsBefore = unpinned.Count(t => shown.From is { } from && t.Id < from),
            ThreadsAfter = unpinned.Count(t => shown.To is { } to && t.Id > to),
            Window = shown,
            QuestionFilter = questionFilter,
            Participants = outline.Where(r => r.Kind != PostKind.System).Select(r => r.AuthorId).ToImmutableHashSet(),
            // The shown posts as read (their events patch them from there), the others as the outline had them.
            PublishedCount = outline.Count(r => r.Status == PostStatus.Published && !shownRoots.Contains(rootOf[r.Id])) + posts.Count(p => p.Status == PostStatus.Published),
            NewestPostId = newest,
            SeenThrough = outline.FirstOrDefault(r => r.Id > lastSeen && !shownRoots.Contains(rootOf[r.Id])) is { } unseen ? Math.Max(lastSeen, unseen.Id - 1) : newest,
        };
    }

    /// <summary>
    /// The room with its counters counted again (published posts, threads before and after the window) after a change
    /// out of sight: the shown posts as the room holds them, the others up to the newest post it knows, since the events
    /// of later ones will count them.
    /// </summary>
    public async Task<DebateRoomView> RecountAsync(DebateRoomView room, string viewerId, bool viewerIsModerator, CancellationToken cancellationToken = default)
    {
        var shown = room.Posts.Select(p => p.Id).ToList();
        var known = Visible(room.Debate.Id, viewerId, viewerIsModerator).Where(p => p.Id <= room.NewestPostId);
        var published = await known.CountAsync(p => p.Status == PostStatus.Published && !shown.Contains(p.Id), cancellationToken);
        var threads = known.Where(p => p.ParentId == null && !p.IsPinned && (room.QuestionFilter == 0 || p.QuestionId == room.QuestionFilter));
        return room with
        {
            CountsStale = false,
            PublishedCount = published + room.Posts.Count(p => p.Status == PostStatus.Published),
            ThreadsBefore = room.Window.From is { } from ? await threads.CountAsync(p => p.Id < from, cancellationToken) : 0,
            ThreadsAfter = room.Window.To is { } to ? await threads.CountAsync(p => p.Id > to, cancellationToken) : 0,
        };
    }

    /// <summary>Who has spoken, by group and by WHO region, for the moderators (member posts, published or waiting).</summary>
    public async Task<VoiceBalance> BalanceAsync(int debateId, CancellationToken cancellationToken = default)
    {
        var counted = await db.Posts.AsNoTracking()
            .Where(p => p.DebateId == debateId && p.Kind == PostKind.Member && (p.Status == PostStatus.Published || p.Status == PostStatus.Held))
            .Select(p => new { p.AuthorId, p.Author!.Category, p.Author.CountryCode }).ToListAsync(cancellationToken);
        return new VoiceBalance(
            counted.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => (g.Select(r => r.AuthorId).Distinct().Count(), g.Count())),
            counted.Where(r => CountryCatalog.Find(r.CountryCode) is not null).GroupBy(r => CountryCatalog.Find(r.CountryCode)!.Region)
                .ToDictionary(g => g.Key, g => (g.Select(r => r.AuthorId).Distinct().Count(), g.Count())));
    }

    private IQueryable<Post> Visible(int debateId, string viewerId, bool viewerIsModerator) =>
        db.Posts.AsNoTracking().Where(p => p.DebateId == debateId).Where(p => p.Status != PostStatus.Held || viewerIsModerator || p.AuthorId == viewerId);

    /// <summary>
    /// Where a reader lands: the thread of the post they were sent to, else the first thread with posts they have not
    /// seen (from the start on a first visit), else the newest threads; a page of about <see cref="RoomWindow.PagePosts"/> posts,
    /// which for a link near the end reaches back before the linked thread.
    /// </summary>
    private static RoomWindow Land(List<ThreadHead> unpinned, Dictionary<long, int> size, Dictionary<long, long> newest, long lastSeen, long? aroundThread)
    {
        var start = aroundThread is { } thread ? unpinned.FindIndex(t => t.Id == thread) : -1;
        if (start < 0 && lastSeen == 0)
        {
            start = 0;
        }
        if (start < 0)
        {
            start = unpinned.FindIndex(t => newest[t.Id] > lastSeen);
        }
        if (start < 0 || unpinned.Count == 0)
        {
            return Move(new RoomWindow(long.MaxValue, null), RoomMove.Earlier, unpinned, size);
        }
        var end = PageFrom(unpinned, size, start, +1);
        if (aroundThread is not null && unpinned[start].Id == aroundThread && end == unpinned.Count - 1)
        {
            // A link near the end: the threads before it fill the page, so the linked post (which the page scrolls to)
            // is read in its context rather than alone at the top of a short page.
            var posts = 0;
            for (var i = start; i <= end; i++)
            {
                posts += size.GetValueOrDefault(unpinned[i].Id, 1);
            }
            while (start > 0 && posts + size.GetValueOrDefault(unpinned[start - 1].Id, 1) <= RoomWindow.PagePosts)
            {
                start--;
                posts += size.GetValueOrDefault(unpinned[start].Id, 1);
            }
        }
        return new RoomWindow(start == 0 ? null : unpinned[start].Id, end == unpinned.Count - 1 ? null : unpinned[end].Id);
    }

    /// <summary>The window widened by a page of threads before it or after it.</summary>
    private static RoomWindow Move(RoomWindow window, RoomMove move, List<ThreadHead> unpinned, Dictionary<long, int> size)
    {
        if (move == RoomMove.Earlier && window.From is { } from)
        {
            var before = unpinned.FindLastIndex(t => t.Id < from);
            if (before < 0)
            {
                return window with { From = null };
            }
            var start = PageFrom(unpinned, size, before, -1);
            return window with { From = start == 0 ? null : unpinned[start].Id };
        }
        if (move == RoomMove.Later && window.To is { } to)
        {
            var after = unpinned.FindIndex(t => t.Id > to);
            if (after < 0)
            {
                return window with { To = null };
            }
            var end = PageFrom(unpinned, size, after, +1);
            return window with { To = end == unpinned.Count - 1 ? null : unpinned[end].Id };
        }
        return window;
    }

    /// <summary>The index of the last thread of a page that starts at <paramref name="index"/> and goes in <paramref name="step"/>'s direction.</summary>
    private static int PageFrom(List<ThreadHead> unpinned, Dictionary<long, int> size, int index, int step)
    {
        var posts = 0;
        while (true)
        {
            posts += size.GetValueOrDefault(unpinned[index].Id, 1);
            var next = index + step;
            if (posts >= RoomWindow.PagePosts || next < 0 || next >= unpinned.Count)
            {
                return index;
            }
            index = next;
        }
    }

    private sealed record OutlineRow(long Id, long? ParentId, int? QuestionId, bool IsPinned, PostStatus Status, string AuthorId, PostKind Kind);

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

    /// <summary>One post as the viewer sees it in the room (null if they may not see it), with its earlier versions for moderators.</summary>
    public async Task<PostView?> PostAsync(long postId, string viewerId, bool viewerIsModerator, CancellationToken cancellationToken = default)
    {
        var row = await db.Posts.AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new PostRow(p, p.Author!.DisplayName, p.Author.DeletedAt, p.Author.ShowCategory ? p.Author.Category : null))
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null || (row.Post.Status == PostStatus.Held && !row.Post.IsVisibleTo(viewerId, viewerIsModerator)))
        {
            return null;
        }
        var view = ToView(row, viewerId, viewerIsModerator);
        return viewerIsModerator && view.EditedAt is not null
            ? view with { Revisions = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == postId).OrderBy(r => r.Id).Select(r => r.Markdown).ToListAsync(cancellationToken) }
            : view;
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
        AuthorGroup = r.DeletedAt is null ? r.Group : null,
    };

    private sealed record PostRow(Post Post, string DisplayName, DateTimeOffset? DeletedAt, Membership.StakeholderCategory? Group);

    /// <summary>The debates <paramref name="viewerId"/> may see; with no viewer, the community's only (a working group's debates stay in its space).</summary>
    public async Task<IReadOnlyList<Debate>> ListAsync(string? viewerId, bool includeDrafts, CancellationToken cancellationToken = default) =>
        await db.Debates.AsNoTracking().VisibleTo(db, viewerId).Where(d => d.IsPublished || includeDrafts).OrderByDescending(d => d.OpensAt).ToListAsync(cancellationToken);

    public DateTimeOffset Now => clock.GetUtcNow();
}
