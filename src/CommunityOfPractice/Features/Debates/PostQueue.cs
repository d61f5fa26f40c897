using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What waits for moderators across debates: held posts and held edits (pre-moderation), and flagged posts.</summary>
internal sealed class PostQueue(CommunityDbContext db)
{
    public async Task<IReadOnlyList<QueuedPost>> HeldAsync(CancellationToken cancellationToken = default) =>
        (await Held.OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.DebateId, p.Debate!.Title, p.Author!.DisplayName, p.Markdown, p.PendingMarkdown, p.CreatedAt, p.PendingEditAt, p.Status })
            .ToListAsync(cancellationToken))
        .Select(p => p.Status == PostStatus.Held
            ? new QueuedPost(p.Id, p.DebateId, p.Title, p.DisplayName, Excerpt(p.Markdown), p.CreatedAt, null, 0)
            : new QueuedPost(p.Id, p.DebateId, p.Title, p.DisplayName, Excerpt(p.PendingMarkdown!), p.PendingEditAt ?? p.CreatedAt, null, 0, IsEdit: true)).ToList();

    public async Task<IReadOnlyList<QueuedPost>> FlaggedAsync(CancellationToken cancellationToken = default)
    {
        var flags = await Unresolved
            .Select(f => new { f.PostId, f.Reason, f.At, f.Post!.DebateId, f.Post.Debate!.Title, f.Post.Author!.DisplayName, f.Post.Markdown })
            .ToListAsync(cancellationToken);
        return flags.GroupBy(f => f.PostId)
            .Select(g =>
            {
                var first = g.OrderBy(f => f.At).First();
                return new QueuedPost(g.Key, first.DebateId, first.Title, first.DisplayName, Excerpt(first.Markdown), first.At, first.Reason, g.Count());
            })
            .OrderByDescending(q => q.Flags).ThenBy(q => q.At).ToList();
    }

    /// <summary>How many posts and edits wait for approval, as <see cref="HeldAsync"/> lists them.</summary>
    public Task<int> HeldCountAsync(CancellationToken cancellationToken = default) => Held.CountAsync(cancellationToken);

    /// <summary>How many posts have flags no moderator has dealt with, as <see cref="FlaggedAsync"/> lists them.</summary>
    public Task<int> FlaggedCountAsync(CancellationToken cancellationToken = default) =>
        Unresolved.Select(f => f.PostId).Distinct().CountAsync(cancellationToken);

    private IQueryable<Post> Held =>
        db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Held || (p.Status == PostStatus.Published && p.PendingMarkdown != null));

    private IQueryable<PostFlag> Unresolved => db.PostFlags.AsNoTracking().Where(f => f.ResolvedAt == null);

    private static string Excerpt(string markdown) => markdown.Length <= 160 ? markdown : markdown[..160] + "…";
}
