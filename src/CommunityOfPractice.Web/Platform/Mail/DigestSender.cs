using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>
/// Sends the digests that are due: each member's is claimed (<see cref="MailPreferences.ClaimDigestAsync"/>) and written
/// into the outbox in one transaction, so two nodes never send it twice and a crash loses none. A period with nothing
/// to tell sends nothing.
/// </summary>
internal sealed class DigestSender(CommunityDbContext db, MailPreferences preferences, IEnumerable<IDigestSection> sections, MailComposer composer)
{
    /// <summary>The recurring job runs every quarter of an hour: every time zone's morning falls on one.</summary>
    public const string RecurringJobId = "mail-digests";
    public const string Cron = "*/15 * * * *";

    /// <summary>How late a digest must be before the minute reconciler takes it: the quarter-hour job's run was lost.</summary>
    public static readonly TimeSpan MissedAfter = TimeSpan.FromMinutes(16);

    /// <summary>Sends the digests due at or before <paramref name="dueBy"/>; returns how many went into the outbox.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default)
    {
        await preferences.PlanMissingDigestsAsync(cancellationToken);
        var sent = 0;
        foreach (var memberId in await preferences.DueDigestsAsync(dueBy, cancellationToken))
        {
            if (await SendOneAsync(memberId, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> SendOneAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await preferences.ClaimDigestAsync(memberId, cancellationToken) is not { } claim)
        {
            return false;
        }
        var parts = new List<MailSection>();
        foreach (var section in sections)
        {
            parts.AddRange(await section.GatherAsync(claim.Member, claim.Period, cancellationToken));
        }
        if (parts.Count > 0 && claim.Member.Email is not null)
        {
            var subject = claim.Period.Frequency == MailFrequency.Weekly
                ? new LocalizedText("Your week in the community of practice")
                : new LocalizedText("Your day in the community of practice");
            await composer.SendAsync(claim.Member, new MailContent(subject, [new LocalizedText("Here is what happened since your last digest, and what is coming soon.")])
            {
                Sections = parts,
                Link = (new LocalizedText("Go to the community"), composer.AbsoluteUrl("")),
                TurnOff = MailKind.Digest,
            }, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return parts.Count > 0;
    }
}
