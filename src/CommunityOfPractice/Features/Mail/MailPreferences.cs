using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Mail;

/// <summary>What mail a member gets: how often (<see cref="MailFrequency"/>), and turning one kind off from the mail itself.</summary>
internal sealed class MailPreferences(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Sets how often the member hears from the community and plans their next digest at their next local morning:
    /// moving to a digest starts its period now, so the first one does not replay what already came one by one.
    /// </summary>
    public static void Schedule(AppUser member, MailFrequency frequency, string previousTimeZoneId, DateTimeOffset now)
    {
        var wasDigest = member.MailFrequency is MailFrequency.Daily or MailFrequency.Weekly;
        var changed = frequency != member.MailFrequency || previousTimeZoneId != member.TimeZoneId || member.NextDigestAt is null;
        member.MailFrequency = frequency;
        if (!changed)
        {
            return;
        }
        member.NextDigestAt = DigestSchedule.NextAfter(now, member.TimeZoneId, frequency);
        if (member.NextDigestAt is not null && (!wasDigest || member.LastDigestAt is null))
        {
            member.LastDigestAt = now;
        }
    }

    /// <summary>The one-click unsubscribe: turns off one kind of mail for the member, who need not be signed in.</summary>
    public async Task<CommandResult> TurnOffAsync(string userId, MailKind kind, CancellationToken cancellationToken = default)
    {
        var member = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.DeletedAt == null, cancellationToken);
        if (member is null || !Enum.IsDefined(kind))
        {
            return CommandResult.Failed("", "This link is not valid any more.");
        }
        switch (kind)
        {
            case MailKind.Replies:
                member.NotifyReplies = false;
                break;
            case MailKind.Debates:
                member.NotifyDebateOpens = false;
                break;
            case MailKind.Webinars:
                member.NotifyWebinars = false;
                break;
            default:
                member.MailFrequency = MailFrequency.Never;
                member.NextDigestAt = null;
                break;
        }
        audit.Record(new Actor(member.Id, member.DisplayName), "mail.turned-off", member, kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>
    /// Members who chose a digest and have none planned (new accounts, and everyone right after the upgrade that brought
    /// digests) get their next local morning; returns how many.
    /// </summary>
    public async Task<int> PlanMissingDigestsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var unplanned = await Members().Where(u => u.NextDigestAt == null && (u.MailFrequency == MailFrequency.Daily || u.MailFrequency == MailFrequency.Weekly))
            .Take(1000).ToListAsync(cancellationToken);
        foreach (var member in unplanned)
        {
            member.NextDigestAt = DigestSchedule.NextAfter(now, member.TimeZoneId, member.MailFrequency);
            member.LastDigestAt ??= now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return unplanned.Count;
    }

    /// <summary>The members whose digest was due at or before <paramref name="dueBy"/>, oldest first.</summary>
    public Task<List<string>> DueDigestsAsync(DateTimeOffset dueBy, CancellationToken cancellationToken = default) =>
        Members().Where(u => u.NextDigestAt != null && u.NextDigestAt <= dueBy).OrderBy(u => u.NextDigestAt).Select(u => u.Id).Take(500).ToListAsync(cancellationToken);

    /// <summary>
    /// Takes the member's due digest for this caller: moves their next digest to the following morning only if nobody
    /// else did since it was read, so with two nodes each digest is claimed, and sent, once. Call it inside the
    /// transaction that writes the digest into the outbox: a crash between the two loses neither. Returns the period
    /// the digest covers, or null when it is not due or another node took it.
    /// </summary>
    public async Task<DigestClaim?> ClaimDigestAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var member = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.DeletedAt == null, cancellationToken);
        if (member?.NextDigestAt is not { } dueAt || dueAt > now)
        {
            return null;
        }
        var next = DigestSchedule.NextAfter(now, member.TimeZoneId, member.MailFrequency);
        var claimed = await db.Users.Where(u => u.Id == userId && u.NextDigestAt == dueAt)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.NextDigestAt, next).SetProperty(u => u.LastDigestAt, now), cancellationToken);
        if (claimed != 1)
        {
            return null;
        }
        var from = member.LastDigestAt is { } last && last < now ? last : now - DigestSchedule.Period(member.MailFrequency);
        return new DigestClaim(member, new DigestPeriod(from, now, member.MailFrequency));
    }

    private IQueryable<AppUser> Members()
    {
        var memberRoles = db.Roles.Where(r => r.Name == Membership.Roles.Member).Select(r => r.Id);
        return db.Users.Where(u => u.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoles.Contains(ur.RoleId)));
    }
}
