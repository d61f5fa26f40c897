using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>What the coordinators' endorsement queue shows: endorsements waiting for a confirmation, and standards that can go out for endorsement.</summary>
internal sealed class EndorsementReader(CommunityDbContext db)
{
    public Task<int> WaitingCountAsync(CancellationToken cancellationToken = default) =>
        db.StandardEndorsements.CountAsync(e => e.ConfirmedAt == null, cancellationToken);

    public async Task<IReadOnlyList<WaitingEndorsement>> WaitingAsync(CancellationToken cancellationToken = default) =>
        (await db.StandardEndorsements.AsNoTracking().Where(e => e.ConfirmedAt == null)
            .Select(e => new WaitingEndorsement(e.Id, db.StandardDocuments.Where(d => d.Id == e.DocumentId).Select(d => d.Title).Single(), e.Organisation, e.CountryCode, e.SignatoryRole,
                e.EndorsedBy!.DisplayName, e.EndorsedBy.Email ?? "", e.EndorsedAt))
            .ToListAsync(cancellationToken))
        .OrderBy(e => e.EndorsedAt).ToList();

    /// <summary>The endorsements a member made, so the endorse page can say which wait for a coordinator.</summary>
    public async Task<IReadOnlyList<StandardEndorsement>> ByMemberAsync(string userId, int documentId, CancellationToken cancellationToken = default) =>
        (await db.StandardEndorsements.AsNoTracking().Where(e => e.EndorsedById == userId && e.DocumentId == documentId).ToListAsync(cancellationToken)).OrderBy(e => e.Id).ToList();

    /// <summary>Standards with a published version, and their endorsement window if one is set.</summary>
    public async Task<IReadOnlyList<EndorsableStandard>> StandardsAsync(CancellationToken cancellationToken = default) =>
        (await db.StandardDocuments.AsNoTracking().OfTheCommunity()
            .Select(d => new EndorsableStandard(d.Id, d.Slug, d.Title, d.Versions.Where(v => v.PublishedAt != null).Max(v => (int?)v.Number),
                d.Versions.Where(v => v.Id == d.FinalVersionId).Select(v => (int?)v.Number).FirstOrDefault(), d.EndorsementOpensAt, d.EndorsementClosesAt))
            .ToListAsync(cancellationToken))
        .Where(s => s.LatestPublished is not null).OrderBy(s => s.Title, StringComparer.CurrentCulture).ToList();
}
