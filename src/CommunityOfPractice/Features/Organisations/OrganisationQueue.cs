using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>What moderators review (applications waiting for a decision, organisations left without a representative) and what applicants follow.</summary>
internal sealed class OrganisationQueue(CommunityDbContext db, IFileStore files)
{
    public Task<List<Organisation>> AwaitingDecisionAsync(CancellationToken cancellationToken = default) =>
        AwaitingDecision.OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>How many organisations wait for moderators: decisions to take, and organisations to find a representative for.</summary>
    public async Task<int> WaitingCountAsync(CancellationToken cancellationToken = default) =>
        await AwaitingDecision.CountAsync(cancellationToken) + await WithoutRepresentative.CountAsync(cancellationToken);

    public Task<List<Organisation>> WithoutRepresentativeAsync(CancellationToken cancellationToken = default) =>
        WithoutRepresentative.OrderBy(o => o.Name).ToListAsync(cancellationToken);

    private IQueryable<Organisation> AwaitingDecision => db.Organisations.AsNoTracking()
        .Where(o => o.Status == OrganisationStatus.Pending || o.Status == OrganisationStatus.InformationRequested);

    private IQueryable<Organisation> WithoutRepresentative => db.Organisations.AsNoTracking()
        .Where(o => o.Status == OrganisationStatus.Approved && o.NeedsRepresentative);

    public Task<Organisation?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<AppUser?> ApplicantAsync(Organisation organisation, CancellationToken cancellationToken = default) =>
        db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == organisation.ApplicantId, cancellationToken);

    /// <summary>The organisations a member applied for, newest first, whatever became of them.</summary>
    public Task<List<Organisation>> AppliedByAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().Where(o => o.ApplicantId == userId).OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>The adhesion letter, for moderators only; null when there is none.</summary>
    public async Task<FileDownload?> LetterAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.LetterFile).SingleOrDefaultAsync(cancellationToken) is { Length: > 0 } file
        && await files.OpenReadAsync(AdhesionLetter.KeyOf(file), cancellationToken) is { } content
            ? new FileDownload(content, "application/pdf", $"adhesion-letter-{id}.pdf")
            : null;
}
