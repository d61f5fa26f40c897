using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>What moderators review: confirmed applications waiting for a decision, oldest first.</summary>
internal sealed class ApplicationQueue(CommunityDbContext db, IFileStore files)
{
    public Task<List<MembershipApplication>> AwaitingDecisionAsync(CancellationToken cancellationToken = default) =>
        AwaitingDecision.Include(a => a.User).OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken);

    /// <summary>How many applications <see cref="AwaitingDecisionAsync"/> lists.</summary>
    public Task<int> AwaitingDecisionCountAsync(CancellationToken cancellationToken = default) => AwaitingDecision.CountAsync(cancellationToken);

    private IQueryable<MembershipApplication> AwaitingDecision => db.MembershipApplications.AsNoTracking()
        .Where(a => a.Status == ApplicationStatus.Pending || a.Status == ApplicationStatus.InformationRequested);

    public Task<List<MembershipApplication>> RecentlyDecidedAsync(int count, CancellationToken cancellationToken = default) =>
        db.MembershipApplications.AsNoTracking().Include(a => a.User)
            .Where(a => a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Rejected)
            .OrderByDescending(a => a.DecidedAt)
            .Take(count)
            .ToListAsync(cancellationToken);

    public Task<MembershipApplication?> ForUserAsync(string userId, CancellationToken cancellationToken = default) =>
        db.MembershipApplications.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);

    public Task<MembershipApplication?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.MembershipApplications.AsNoTracking().Include(a => a.User).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The letter of support sent with an application, for moderators; null when it has none.</summary>
    public async Task<FileDownload?> SupportLetterAsync(int id, CancellationToken cancellationToken = default) =>
        await db.MembershipApplications.AsNoTracking().Where(a => a.Id == id).Select(a => a.SupportLetterFile).SingleOrDefaultAsync(cancellationToken) is { } file
        && await files.OpenReadAsync(SupportLetter.KeyOf(file), cancellationToken) is { } content
            ? new FileDownload(content, "application/pdf", $"letter-of-support-{id}.pdf")
            : null;
}
