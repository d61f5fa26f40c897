using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// What the public may read of standards: published versions, confirmed endorsements, and the reports of closed rounds.
/// Drafts, open rounds and unconfirmed endorsements never leave this class.
/// </summary>
internal sealed class PublishedStandards(CommunityDbContext db, RoundReport report, TimeProvider clock)
{
    /// <summary>Every standard with a published version, newest publication first.</summary>
    public async Task<IReadOnlyList<PublishedStandardItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.StandardVersions.AsNoTracking().OfTheCommunity().Where(v => v.PublishedAt != null)
            .Select(v => new { v.DocumentId, v.Document!.Slug, v.Document.Title, v.Document.Summary, v.Document.Language, v.Number, PublishedAt = v.PublishedAt!.Value, v.Document.FinalVersionId, v.Id })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.DocumentId)
            .Select(g =>
            {
                var latest = g.OrderByDescending(r => r.Number).First();
                var shown = g.FirstOrDefault(r => r.Id == latest.FinalVersionId) ?? latest;
                return new PublishedStandardItem(shown.Slug, shown.Title, shown.Summary, shown.Language, shown.Number, shown.PublishedAt, shown.FinalVersionId == shown.Id,
                    g.OrderBy(r => r.Number).Select(r => new PublishedVersionItem(r.Number, r.PublishedAt)).ToList());
            })
            .OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>When anything public about standards last changed (a publication or a confirmation).</summary>
    public async Task<DateTimeOffset> LastChangedAsync(CancellationToken cancellationToken = default)
    {
        // Compared in memory: SQLite cannot order DateTimeOffset columns.
        var published = await db.StandardVersions.AsNoTracking().OfTheCommunity().Where(v => v.PublishedAt != null).Select(v => v.PublishedAt!.Value).ToListAsync(cancellationToken);
        var confirmed = await db.StandardEndorsements.AsNoTracking().Where(e => e.ConfirmedAt != null).Select(e => e.ConfirmedAt!.Value).ToListAsync(cancellationToken);
        return published.Concat(confirmed).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
    }

    /// <summary>
    /// A published version of a standard with what the public page shows around it; <paramref name="number"/> null is the
    /// final version once there is one, else the latest published. Null for a draft or an unknown slug or number.
    /// </summary>
    public async Task<PublicStandard?> VersionAsync(string slug, int? number = null, CancellationToken cancellationToken = default)
    {
        if (slug.Length > StandardDocument.SlugLength)
        {
            return null;
        }
        var document = await db.StandardDocuments.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var versions = (await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == document.Id && v.PublishedAt != null)
            .Select(v => new { v.Id, v.Number, PublishedAt = v.PublishedAt!.Value }).ToListAsync(cancellationToken)).OrderBy(v => v.Number).ToList();
        if (versions.Count == 0)
        {
            return null;
        }
        var chosen = number is { } n ? versions.FirstOrDefault(v => v.Number == n)
            : versions.FirstOrDefault(v => v.Id == document.FinalVersionId) ?? versions[^1];
        if (chosen is null)
        {
            return null;
        }
        var version = await db.StandardVersions.AsNoTracking().SingleAsync(v => v.Id == chosen.Id, cancellationToken);
        var sections = (await db.StandardSections.AsNoTracking().Where(s => s.VersionId == version.Id).ToListAsync(cancellationToken)).OrderBy(s => s.Order).ToList();
        var paragraphs = (await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == version.Id).ToListAsync(cancellationToken)).OrderBy(p => p.Order).ToList();
        var now = clock.GetUtcNow();
        var versionIds = versions.Select(v => v.Id).ToList();
        var closedRounds = (await db.ConsultationRounds.AsNoTracking().Where(r => versionIds.Contains(r.VersionId)).Select(r => new { r.VersionId, r.ClosesAt }).ToListAsync(cancellationToken))
            .Where(r => r.ClosesAt <= now).Select(r => r.VersionId).ToHashSet();
        var endorsements = (await db.StandardEndorsements.AsNoTracking().Where(e => e.DocumentId == document.Id && e.VersionId == version.Id && e.ConfirmedAt != null).ToListAsync(cancellationToken))
            .OrderBy(e => e.ConfirmedAt).ThenBy(e => e.Id).Select(e => new PublicEndorsement(e.Organisation, e.CountryCode, e.SignatoryRole, e.ConfirmedAt!.Value)).ToList();
        return new PublicStandard(document, version,
            sections.Select(s => new PublicSection(s, paragraphs.Where(p => p.SectionId == s.Id).ToList())).Where(s => s.Paragraphs.Count > 0 || s.Section.Level > 0).ToList(),
            versions.Select(v => new PublishedVersionItem(v.Number, v.PublishedAt, closedRounds.Contains(v.Id))).ToList(),
            endorsements,
            await TranslationsAsync(document, cancellationToken),
            document.FinalVersionId == version.Id,
            document.FinalVersionId == version.Id && document.IsEndorsementOpenAt(now));
    }

    /// <summary>The paragraphs of a published version, for comparing; null when the version is not public.</summary>
    public async Task<IReadOnlyList<StandardParagraph>?> ParagraphsAsync(int documentId, int number, CancellationToken cancellationToken = default)
    {
        var versionId = await db.StandardVersions.AsNoTracking().OfTheCommunity().Where(v => v.DocumentId == documentId && v.Number == number && v.PublishedAt != null)
            .Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken);
        return versionId is null ? null : await db.StandardParagraphs.AsNoTracking().Where(p => p.VersionId == versionId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The report of the round on version <paramref name="number"/>, once it has closed: figures count every published
    /// contribution, and a proposal's wording is shown only when its author agreed to be quoted. Null otherwise.
    /// </summary>
    public async Task<PublicRoundReport?> ReportAsync(string slug, int number, CancellationToken cancellationToken = default)
    {
        if (await VersionAsync(slug, number, cancellationToken) is not { } standard)
        {
            return null;
        }
        var round = await db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.VersionId == standard.Version.Id, cancellationToken);
        if (round is null || !round.HasClosedAt(clock.GetUtcNow()))
        {
            return null;
        }
        var contributions = await report.ContributionsAsync(round.Id, cancellationToken);
        var figures = RoundParticipation.Count(contributions);
        var byId = contributions.Where(c => c.IsProposal).ToDictionary(c => c.Id);
        var proposals = (await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == round.Id)
            .Select(p => new { p.Id, p.Paragraph!.Number, p.Paragraph.Order, p.ProposedText, p.ProposedHtml, p.Reason, p.ReasonHtml, p.SupportCount, p.Answer, p.AnswerReason, p.AnswerReasonHtml, p.CreatedAt })
            .ToListAsync(cancellationToken))
            .OrderBy(p => p.Order).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p =>
            {
                var quoted = byId[p.Id];
                // A proposal a moderator hid is counted and answered, never quoted.
                var attribution = quoted.MayBeQuoted ? quoted.Attribution : null;
                return new PublicProposal(p.Id, p.Number, attribution, attribution is null ? null : p.ProposedText, attribution is null ? null : p.ProposedHtml,
                    attribution is null ? null : p.Reason, attribution is null ? null : p.ReasonHtml, p.SupportCount, p.Answer, p.AnswerReason ?? "", p.AnswerReasonHtml ?? "", !quoted.IsPublished);
            })
            .ToList();
        var next = standard.Versions.FirstOrDefault(v => v.Number > number)?.Number;
        return new PublicRoundReport(standard, round, figures, proposals, next);
    }

    private async Task<IReadOnlyList<StandardTranslationLink>> TranslationsAsync(StandardDocument document, CancellationToken cancellationToken)
    {
        // The standard's family: the original and every translation of it, whichever of them this is.
        var rootId = document.TranslationOfId ?? document.Id;
        var family = await db.StandardDocuments.AsNoTracking().OfTheCommunity().Where(d => d.Id != document.Id && (d.Id == rootId || d.TranslationOfId == rootId))
            .Where(d => db.StandardVersions.Any(v => v.DocumentId == d.Id && v.PublishedAt != null))
            .Select(d => new StandardTranslationLink(d.Language, d.Slug, d.Title)).ToListAsync(cancellationToken);
        return family.OrderBy(t => t.Language, StringComparer.Ordinal).ToList();
    }
}
