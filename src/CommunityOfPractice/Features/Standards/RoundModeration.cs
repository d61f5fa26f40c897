using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>What waits for moderators in the standards' consultations: flagged comments and proposals, and who is suspended.</summary>
internal sealed class RoundModeration(CommunityDbContext db)
{
    public sealed record Suspended(int RoundId, string StandardSlug, string StandardTitle, string MemberName, string Reason, DateTimeOffset At);

    /// <summary>A contribution a member is about to flag, as the flag page shows it.</summary>
    /// <param name="SectionNumber">The section of the text the contribution is on: the consultation page shows one at a time.</param>
    public sealed record FlagTarget(string StandardTitle, string AuthorId, string AuthorName, string Text, string SectionNumber);

    private sealed record Text(long Id, int RoundId, string AuthorId, string AuthorName, string Markdown, string SectionNumber);

    /// <summary>Every flagged contribution still shown, most flagged first, then the longest waiting.</summary>
    public async Task<IReadOnlyList<FlaggedContribution>> FlaggedAsync(CancellationToken cancellationToken = default)
    {
        var flags = await Open.OrderBy(f => f.At).ToListAsync(cancellationToken);
        if (flags.Count == 0)
        {
            return [];
        }
        var commentIds = flags.Where(f => f.Kind == ContributionKind.Comment).Select(f => f.ContributionId).Distinct().ToList();
        var proposalIds = flags.Where(f => f.Kind == ContributionKind.Proposal).Select(f => f.ContributionId).Distinct().ToList();
        var comments = await db.StandardComments.AsNoTracking().Where(c => commentIds.Contains(c.Id) && c.Status == StandardCommentStatus.Published)
            .Select(c => new Text(c.Id, c.RoundId, c.AuthorId, c.Author!.DisplayName, c.Markdown, c.Paragraph!.Section!.Number)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var proposals = await db.StandardProposals.AsNoTracking().Where(p => proposalIds.Contains(p.Id) && p.HiddenReason == null)
            .Select(p => new Text(p.Id, p.RoundId, p.AuthorId, p.Author!.DisplayName, p.ProposedText + "\n\n" + p.Reason, p.Paragraph!.Section!.Number)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var roundIds = flags.Select(f => f.RoundId).Distinct().ToList();
        var standards = await db.ConsultationRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Version!.Document!.Slug, r.Version.Document.Title }).ToDictionaryAsync(r => r.Id, cancellationToken);
        var suspended = (await db.RoundSuspensions.AsNoTracking().Where(s => roundIds.Contains(s.RoundId)).Select(s => new { s.RoundId, s.UserId }).ToListAsync(cancellationToken))
            .Select(s => (s.RoundId, s.UserId)).ToHashSet();
        var queue = new List<FlaggedContribution>();
        foreach (var group in flags.GroupBy(f => (f.Kind, f.ContributionId)))
        {
            var texts = group.Key.Kind == ContributionKind.Comment ? comments : proposals;
            if (!texts.TryGetValue(group.Key.ContributionId, out var text))
            {
                continue;
            }
            var standard = standards[text.RoundId];
            queue.Add(new FlaggedContribution(group.Key.Kind, text.Id, text.RoundId, standard.Slug, standard.Title, text.AuthorId, text.AuthorName,
                Excerpt(text.Markdown), text.SectionNumber, suspended.Contains((text.RoundId, text.AuthorId)), group.Select(f => f.Reason).ToList(),
                group.Where(f => f.Note is not null).Select(f => f.Note!).ToList(), group.First().At));
        }
        return queue.OrderByDescending(q => q.Flags).ThenBy(q => q.FirstFlaggedAt).ToList();
    }

    /// <summary>A shown comment or proposal of one of the standard's rounds, or null (unknown, hidden, or another standard's).</summary>
    public async Task<FlagTarget?> TargetAsync(string slug, ContributionKind kind, long id, CancellationToken cancellationToken = default)
    {
        var found = kind switch
        {
            ContributionKind.Comment => await db.StandardComments.AsNoTracking()
                .Where(c => c.Id == id && c.Status == StandardCommentStatus.Published)
                .Select(c => new Text(c.Id, c.RoundId, c.AuthorId, c.Author!.DisplayName, c.Markdown, c.Paragraph!.Section!.Number)).SingleOrDefaultAsync(cancellationToken),
            ContributionKind.Proposal => await db.StandardProposals.AsNoTracking()
                .Where(p => p.Id == id && p.HiddenReason == null)
                .Select(p => new Text(p.Id, p.RoundId, p.AuthorId, p.Author!.DisplayName, p.ProposedText, p.Paragraph!.Section!.Number)).SingleOrDefaultAsync(cancellationToken),
            _ => null,
        };
        if (found is null)
        {
            return null;
        }
        var title = await db.ConsultationRounds.AsNoTracking().Where(r => r.Id == found.RoundId && r.Version!.Document!.Slug == slug)
            .Select(r => r.Version!.Document!.Title).SingleOrDefaultAsync(cancellationToken);
        return title is null ? null : new FlagTarget(title, found.AuthorId, found.AuthorName, found.Markdown, found.SectionNumber);
    }

    /// <summary>How many contributions have flags no moderator has dealt with (a hidden one has none left).</summary>
    public Task<int> FlaggedCountAsync(CancellationToken cancellationToken = default) =>
        Open.Select(f => new { f.Kind, f.ContributionId }).Distinct().CountAsync(cancellationToken);

    /// <summary>The latest suspensions, newest first.</summary>
    public async Task<IReadOnlyList<Suspended>> SuspensionsAsync(int count = 50, CancellationToken cancellationToken = default) =>
        (await db.RoundSuspensions.AsNoTracking().OrderByDescending(s => s.At).Take(count)
            .Join(db.ConsultationRounds, s => s.RoundId, r => r.Id, (s, r) => new { s, r.Version!.Document!.Slug, r.Version.Document.Title })
            .Join(db.Users, x => x.s.UserId, u => u.Id, (x, u) => new { x.s.RoundId, x.Slug, x.Title, u.DisplayName, x.s.Reason, x.s.At })
            .ToListAsync(cancellationToken))
        .Select(s => new Suspended(s.RoundId, s.Slug, s.Title, s.DisplayName, s.Reason, s.At)).OrderByDescending(s => s.At).ToList();

    private IQueryable<StandardFlag> Open => db.StandardFlags.AsNoTracking().Where(f => f.ResolvedAt == null);

    private static string Excerpt(string markdown) => markdown.Length <= 240 ? markdown : markdown[..240] + "…";
}
