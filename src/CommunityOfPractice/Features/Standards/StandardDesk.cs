using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Webinars;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// What the members' and drafters' pages read about standards: the list with each one's stage, a standard's versions
/// and rounds, and a round with its paragraphs, comments and proposals. Drafts are read only for staff.
/// </summary>
internal sealed class StandardDesk(CommunityDbContext db, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IReadOnlyList<StandardListing>> ListAsync(bool includeDrafts, CancellationToken cancellationToken = default)
    {
        var documents = await db.StandardDocuments.AsNoTracking().OfTheCommunity().OrderBy(d => d.Title).ToListAsync(cancellationToken);
        var versions = await db.StandardVersions.AsNoTracking().OfTheCommunity()
            .Select(v => new StandardVersion { Id = v.Id, DocumentId = v.DocumentId, Number = v.Number, CreatedAt = v.CreatedAt, PublishedAt = v.PublishedAt })
            .ToListAsync(cancellationToken);
        var rounds = await db.ConsultationRounds.AsNoTracking().OfTheCommunity().ToListAsync(cancellationToken);
        var unanswered = await db.StandardProposals.AsNoTracking().Where(p => p.Answer == null)
            .GroupBy(p => p.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var now = Now;
        var listings = new List<StandardListing>();
        foreach (var document in documents)
        {
            var latest = versions.Where(v => v.DocumentId == document.Id).MaxBy(v => v.Number);
            if (latest is null || (!latest.IsPublished && !includeDrafts))
            {
                continue;
            }
            var round = rounds.SingleOrDefault(r => r.VersionId == latest.Id);
            var open = round is null ? 0 : unanswered.GetValueOrDefault(round.Id);
            listings.Add(new StandardListing(document, latest, round, StageOf(latest, round, open, now), open));
        }
        return listings;
    }

    /// <summary>The stage of a standard whose latest version is <paramref name="latest"/>.</summary>
    public static StandardStage StageOf(StandardVersion latest, ConsultationRound? round, int unanswered, DateTimeOffset now) =>
        !latest.IsPublished ? StandardStage.Draft
        : round is null ? StandardStage.Published
        : now < round.OpensAt ? StandardStage.RoundScheduled
        : round.IsOpenAt(now) ? StandardStage.RoundOpen
        : unanswered > 0 ? StandardStage.Answering
        : StandardStage.Published;

    /// <summary>A standard with its versions (oldest first, without their text) and their rounds, for the drafting page.</summary>
    public async Task<StandardFile?> FileAsync(string slug, CancellationToken cancellationToken = default)
    {
        var document = await db.StandardDocuments.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var versions = await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == document.Id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        var ids = versions.Select(v => v.Id).ToList();
        var rounds = await db.ConsultationRounds.AsNoTracking().Where(r => ids.Contains(r.VersionId)).ToListAsync(cancellationToken);
        var roundIds = rounds.Select(r => r.Id).ToList();
        var unanswered = await db.StandardProposals.AsNoTracking().CountAsync(p => roundIds.Contains(p.RoundId) && p.Answer == null, cancellationToken);
        var latest = versions[^1];
        var latestRound = rounds.SingleOrDefault(r => r.VersionId == latest.Id);
        var paragraphs = await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == latest.Id).OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var sections = await db.StandardSections.AsNoTracking().Where(s => s.VersionId == latest.Id).OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var translated = document.TranslationOfId is { } originalId
            ? await db.StandardDocuments.AsNoTracking().Where(d => d.Id == originalId).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new StandardFile(document, versions, rounds, latest, latestRound, sections, paragraphs, unanswered,
            StageOf(latest, latestRound, unanswered, Now), translated);
    }

    /// <summary>The documents a new standard may translate.</summary>
    public async Task<IReadOnlyList<StandardDocument>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.StandardDocuments.AsNoTracking().OfTheCommunity().OrderBy(d => d.Title).ToListAsync(cancellationToken);

    /// <summary>
    /// The standard's latest round, with the whole text it is on, its comments and proposals as <paramref name="viewerId"/>
    /// sees them (moderators also see hidden comments' text), and which proposals the viewer supports. Null without a
    /// standard; without a round, a page with no round.
    /// </summary>
    public Task<ConsultationPage?> ConsultationAsync(string slug, string viewerId, CancellationToken cancellationToken = default) =>
        ReadRoundAsync(slug, viewerId, whole: true, null, cancellationToken);

    /// <summary>
    /// The standard's latest round as <see cref="ConsultationAsync"/> reads it, but only the section numbered
    /// <paramref name="section"/> ("3", "3a") with its paragraphs and what was said on them, and every section's counts:
    /// a round of thousands of contributions is read a section at a time. An unknown number gives the first section.
    /// </summary>
    public Task<ConsultationPage?> ConsultationSectionAsync(string slug, string viewerId, string? section, CancellationToken cancellationToken = default) =>
        ReadRoundAsync(slug, viewerId, whole: false, string.IsNullOrEmpty(section) ? null : section, cancellationToken);

    private async Task<ConsultationPage?> ReadRoundAsync(string slug, string viewerId, bool whole, string? sectionNumber, CancellationToken cancellationToken)
    {
        var document = await db.StandardDocuments.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var round = (await db.ConsultationRounds.AsNoTracking().Include(r => r.Version)
                .Where(r => r.Version!.DocumentId == document.Id).ToListAsync(cancellationToken))
            .MaxBy(r => r.Version!.Number);
        if (round is null)
        {
            return new ConsultationPage(document, null, [], [], [], [], new HashSet<long>(), false, null, null, Membership.QuotingConsent.QuoteAnonymously, false, [], false);
        }
        var latestNumber = await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == document.Id).MaxAsync(v => v.Number, cancellationToken);
        var sections = await db.StandardSections.AsNoTracking().Where(s => s.VersionId == round.VersionId).OrderBy(s => s.Order).ToListAsync(cancellationToken);
        // The outline's counts are for the sectioned page only; the whole text's readers (the drafters' answers) do not show them.
        IReadOnlyList<ConsultationSection> outline = [];
        if (!whole)
        {
            var commentCounts = await db.StandardComments.AsNoTracking().Where(c => c.RoundId == round.Id)
                .GroupBy(c => c.Paragraph!.SectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var proposalCounts = await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == round.Id)
                .GroupBy(p => p.Paragraph!.SectionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            outline = sections.Select(s => new ConsultationSection(s, commentCounts.GetValueOrDefault(s.Id), proposalCounts.GetValueOrDefault(s.Id))).ToList();
        }
        var asked = sectionNumber is null ? null : sections.FirstOrDefault(s => s.Number == sectionNumber);
        IReadOnlyList<StandardSection> shown = whole || sections.Count == 0 ? sections : [asked ?? sections[0]];
        var shownIds = shown.Select(s => s.Id).ToList();
        var paragraphs = await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == round.VersionId && (whole || shownIds.Contains(p.SectionId)))
            .OrderBy(p => p.Order).ToListAsync(cancellationToken);
        var comments = await db.StandardComments.AsNoTracking().Include(c => c.Author)
            .Where(c => c.RoundId == round.Id && (whole || shownIds.Contains(c.Paragraph!.SectionId))).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var proposals = await db.StandardProposals.AsNoTracking().Include(p => p.Author)
            .Where(p => p.RoundId == round.Id && (whole || shownIds.Contains(p.Paragraph!.SectionId))).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var supported = (await db.ProposalSupports.AsNoTracking()
            .Where(s => s.UserId == viewerId && db.StandardProposals.Any(p => p.Id == s.ProposalId && p.RoundId == round.Id))
            .Select(s => s.ProposalId).ToListAsync(cancellationToken)).ToHashSet();
        var webinar = round.WebinarId is { } webinarId ? await db.Webinars.AsNoTracking().OfTheCommunity().Where(w => w.Id == webinarId).Select(w => w.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var debate = round.DebateId is { } debateId ? await db.Debates.AsNoTracking().Where(d => d.Id == debateId).Select(d => d.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var consent = await db.Users.AsNoTracking().Where(u => u.Id == viewerId).Select(u => (Membership.QuotingConsent?)u.DefaultQuotingConsent).SingleOrDefaultAsync(cancellationToken);
        return new ConsultationPage(document, round, shown, paragraphs, comments, proposals, supported, round.Version!.Number < latestNumber, webinar, debate,
            consent ?? Membership.QuotingConsent.QuoteAnonymously, await RoundContributions.IsSuspendedAsync(db, round.Id, viewerId, cancellationToken),
            outline, !whole && sectionNumber is not null && asked is null);
    }

    /// <summary>The rounds open now, and those opening in the coming week, for the member's home.</summary>
    public async Task<IReadOnlyList<(StandardDocument Document, ConsultationRound Round)>> CurrentRoundsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var rounds = await db.ConsultationRounds.AsNoTracking().OfTheCommunity().Include(r => r.Version).ThenInclude(v => v!.Document).ToListAsync(cancellationToken);
        return rounds.Where(r => r.IsOpenAt(now) || (r.OpensAt > now && r.OpensAt - now < TimeSpan.FromDays(7)))
            .OrderBy(r => r.ClosesAt).Select(r => (r.Version!.Document!, r)).ToList();
    }

    /// <summary>
    /// The rounds a digest for <paramref name="period"/> tells of: opened in it, closing within its look-ahead, or closed
    /// in it. Members who turned off window news (the debates' setting) get none.
    /// </summary>
    public async Task<IReadOnlyList<(StandardDocument Document, ConsultationRound Round, DigestRoundNews News)>> DigestAsync(
        Data.AppUser member, Mail.DigestPeriod period, CancellationToken cancellationToken = default)
    {
        if (!member.NotifyDebateOpens)
        {
            return [];
        }
        var rounds = await db.ConsultationRounds.AsNoTracking().OfTheCommunity().Include(r => r.Version).ThenInclude(v => v!.Document).ToListAsync(cancellationToken);
        var news = new List<(StandardDocument, ConsultationRound, DigestRoundNews)>();
        foreach (var round in rounds.OrderBy(r => r.ClosesAt))
        {
            var item = round.ClosesAt >= period.From && round.ClosesAt < period.To ? DigestRoundNews.Closed
                : round.OpensAt >= period.From && round.OpensAt < period.To ? DigestRoundNews.Opened
                : round.IsOpenAt(period.To) && round.ClosesAt < period.To + period.LookAhead ? DigestRoundNews.ClosesSoon
                : (DigestRoundNews?)null;
            if (item is { } kind)
            {
                news.Add((round.Version!.Document!, round, kind));
            }
        }
        return news;
    }

    /// <summary>
    /// The webinars and debates a round may name as its context, newest first: the community's only, since a working
    /// group's debate or meeting would put its title on the round's pages for every member.
    /// </summary>
    public async Task<(IReadOnlyList<(int Id, string Title)> Webinars, IReadOnlyList<(int Id, string Title)> Debates)> ContextChoicesAsync(CancellationToken cancellationToken = default)
    {
        var webinars = await db.Webinars.AsNoTracking().OfTheCommunity().OrderByDescending(w => w.Id).Take(50).Select(w => new { w.Id, w.Title }).ToListAsync(cancellationToken);
        var debates = await db.Debates.AsNoTracking().OfTheCommunity().OrderByDescending(d => d.Id).Take(50).Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken);
        return (webinars.Select(w => (w.Id, w.Title)).ToList(), debates.Select(d => (d.Id, d.Title)).ToList());
    }

    /// <summary>
    /// Whether a page may follow the live support counts of <paramref name="sectionId"/> in round <paramref name="roundId"/>:
    /// the round is open now and the section is one of the version it consults on. A closed round's counts no longer move.
    /// </summary>
    public Task<bool> FollowsLiveAsync(int roundId, int sectionId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.ConsultationRounds.AsNoTracking().AnyAsync(r => r.Id == roundId && r.OpensAt <= now && now < r.ClosesAt
            && db.StandardSections.Any(s => s.Id == sectionId && s.VersionId == r.VersionId), cancellationToken);
    }

    /// <summary>The support counts of a round's proposals on one section's paragraphs as committed, for a page catching up.</summary>
    public async Task<IReadOnlyDictionary<long, int>> SupportCountsAsync(int roundId, int sectionId, CancellationToken cancellationToken = default) =>
        await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == roundId && p.Paragraph!.SectionId == sectionId).Select(p => new { p.Id, p.SupportCount })
            .ToDictionaryAsync(p => p.Id, p => p.SupportCount, cancellationToken);

    /// <summary>A proposal's support count as committed, for the live event that tells the open pages.</summary>
    public Task<int> SupportCountAsync(long proposalId, CancellationToken cancellationToken = default) =>
        db.StandardProposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => p.SupportCount).SingleOrDefaultAsync(cancellationToken);
}
