using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What a member's digest tells about debates: replies to them, new posts where they follow, and windows.</summary>
internal sealed class DebateDigest(CommunityDbContext db)
{
    /// <summary>The replies a digest names one by one; the rest are counted with their debate.</summary>
    public const int MaxReplies = 10;

    /// <summary>How close a debate's opening or closing must be to be announced ("within 24 hours").</summary>
    public static readonly TimeSpan Soon = TimeSpan.FromHours(24);

    public async Task<DebateDigestContent> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken = default)
    {
        var (from, to) = (period.From, period.To);
        var visible = db.Debates.VisibleTo(db, member.Id).Select(d => d.Id);
        var published = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Published && p.CreatedAt > from && p.CreatedAt <= to
            && p.AuthorId != member.Id && p.Debate!.IsPublished && visible.Contains(p.DebateId));
        var repliesToMember = published.Where(p => db.Posts.Any(answered => answered.AuthorId == member.Id
            && (answered.Id == p.ParentId || answered.Id == p.QuotedPostId)));

        List<DigestReply> replies = [];
        if (member.NotifyReplies)
        {
            replies = await repliesToMember.OrderBy(p => p.Id).Take(MaxReplies)
                .Select(p => new DigestReply(p.DebateId, p.Debate!.Title, p.Author!.DisplayName, p.Id)).ToListAsync(cancellationToken);
        }

        List<DigestDebateActivity> followed = [];
        List<DigestDebateWindow> windows = [];
        if (member.NotifyDebateOpens)
        {
            var named = replies.Select(r => r.PostId).ToList();
            followed = await published.Where(p => db.DebateFollows.Any(f => f.DebateId == p.DebateId && f.UserId == member.Id) && !named.Contains(p.Id))
                .GroupBy(p => new { p.DebateId, p.Debate!.Title })
                .Select(g => new DigestDebateActivity(g.Key.DebateId, g.Key.Title, g.Count(), g.Min(p => p.Id)))
                .ToListAsync(cancellationToken);
            var soon = to + Soon;
            var debates = await db.Debates.AsNoTracking().VisibleTo(db, member.Id)
                .Where(d => d.IsPublished && d.ClosesAt > to && ((d.OpensAt > from && d.OpensAt <= soon) || d.ClosesAt <= soon))
                .Select(d => new { d.Id, d.Title, d.OpensAt, d.ClosesAt }).ToListAsync(cancellationToken);
            windows = debates
                .Select(d => new DigestDebateWindow(d.Id, d.Title, d.OpensAt, d.ClosesAt,
                    d.OpensAt > to ? DigestWindowKind.OpensSoon : d.ClosesAt <= soon ? DigestWindowKind.ClosesSoon : DigestWindowKind.Opened))
                .OrderBy(d => d.Kind).ThenBy(d => d.Kind == DigestWindowKind.ClosesSoon ? d.ClosesAt : d.OpensAt).ToList();
        }
        return new DebateDigestContent(replies, followed.OrderByDescending(f => f.NewPosts).ToList(), windows);
    }
}
