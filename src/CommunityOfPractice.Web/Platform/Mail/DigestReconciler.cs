using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>Catches the digests a lost run left behind: every minute those late by <see cref="DigestSender.MissedAfter"/>, all at start-up.</summary>
internal sealed class DigestReconciler(DigestSender sender, TimeProvider clock) : IReconciler
{
    public string Name => "digests";

    public Task ReconcileAsync(CancellationToken cancellationToken) => sender.SendDueAsync(clock.GetUtcNow() - DigestSender.MissedAfter, cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) => sender.SendDueAsync(clock.GetUtcNow(), cancellationToken);
}
