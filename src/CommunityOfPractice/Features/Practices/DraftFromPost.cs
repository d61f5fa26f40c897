using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// A curator turns a post highlighted for synthesis into a draft entry, only when its author's quoting consent
/// allows it, credited as that consent says; the draft keeps the link to its debate, which only members can open.
/// </summary>
internal sealed class DraftFromPost(CommunityDbContext db, DebateAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<HighlightedPost>> CandidatesAsync(CancellationToken cancellationToken = default)
    {
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.IsHighlighted && p.Status == PostStatus.Published && p.Debate!.WorkingGroupId == null)
            .OrderByDescending(p => p.Id)
            .Select(p => new { p.Id, p.DebateId, DebateTitle = p.Debate!.Title, AuthorName = p.Author!.DisplayName, p.Consent, p.Markdown, p.CreatedAt })
            .Take(200)
            .ToListAsync(cancellationToken);
        var ids = posts.Select(p => (long?)p.Id).ToList();
        var drafts = await db.Practices.AsNoTracking().Where(p => ids.Contains(p.SourcePostId)).Select(p => new { p.SourcePostId, p.Id }).ToListAsync(cancellationToken);
        return posts.Select(p => new HighlightedPost(p.Id, p.DebateId, p.DebateTitle, p.AuthorName, p.Consent,
            p.Markdown.Length > 240 ? p.Markdown[..240] + "…" : p.Markdown, p.CreatedAt, drafts.FirstOrDefault(d => d.SourcePostId == p.Id)?.Id)).ToList();
    }

    /// <summary>Credits the author as their consent says: their name, "" for an unnamed participant, null when they asked not to be quoted.</summary>
    public static string? Attribution(QuotingConsent consent, string authorName) => consent switch
    {
        QuotingConsent.QuoteWithName => authorName,
        QuotingConsent.QuoteAnonymously => "",
        _ => null,
    };

    public async Task<CommandResult<Practice>> CreateAsync(Actor curator, long postId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(curator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult<Practice>.Failed("", "Only moderators can do this.");
        }
        var post = await db.Posts.AsNoTracking().Include(p => p.Debate).Include(p => p.Author)
            .SingleOrDefaultAsync(p => p.Id == postId && p.IsHighlighted && p.Status == PostStatus.Published && p.Debate!.WorkingGroupId == null, cancellationToken);
        if (post is null)
        {
            return CommandResult<Practice>.Failed("", "Only posts highlighted for synthesis can become entries.");
        }
        if (Attribution(post.Consent, post.Author!.DisplayName) is not { } attribution)
        {
            return CommandResult<Practice>.Failed("", "Its author asked not to be quoted: this post cannot become an entry.");
        }
        if (await db.Practices.AnyAsync(p => p.SourcePostId == postId, cancellationToken))
        {
            return CommandResult<Practice>.Failed("", "This post is already a draft entry.");
        }
        var now = clock.GetUtcNow();
        // Nothing else of the author's profile is copied: their country, for one, may be hidden from others.
        var firstLine = post.Markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? post.Debate!.Title;
        var practice = new Practice
        {
            Slug = "draft-" + Guid.NewGuid().ToString("N"),
            SubmitterId = curator.UserId,
            Status = PracticeStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            SourcePostId = post.Id,
            SourceDebateId = post.DebateId,
            Content = new PracticeContent
            {
                Title = (firstLine.Length > 120 ? firstLine[..120] : firstLine).TrimStart('#', ' ', '>'),
                Body = post.Markdown.Length > PracticeContent.BodyLength ? post.Markdown[..PracticeContent.BodyLength] : post.Markdown,
                Language = Languages.IsSupported(post.Author.PreferredLanguage) ? post.Author.PreferredLanguage : "en",
                Attribution = attribution,
            },
        };
        db.Practices.Add(practice);
        audit.Record(curator, "practice.drafted-from-post", null, $"{post.Debate!.Title} #{post.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return practice;
    }
}
