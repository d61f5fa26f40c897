using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// The side effects of a debate's transitions: the opening announcement, the reminder 24 hours before
/// closing, and the closing notice. Each is claimed with a conditional update before it is carried out,
/// so running this twice, late, or on two nodes at once does each one exactly once.
/// </summary>
internal sealed class DebateTransitions(CommunityDbContext db, IDebateMail mail, DebateNotifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan ReminderBeforeClosing = TimeSpan.FromHours(24);

    public const string ClosingNoticeText = "This debate is now closed. Thank you to everyone who took part.";

    public async Task ApplyAsync(int debateId, CancellationToken cancellationToken = default)
    {
        var debate = await db.Debates.AsNoTracking().SingleOrDefaultAsync(d => d.Id == debateId && d.IsPublished, cancellationToken);
        if (debate is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (debate.IsOpenAt(now) && debate.OpeningAnnouncedAt is null
            && await db.Debates.Where(d => d.Id == debateId && d.OpeningAnnouncedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.OpeningAnnouncedAt, now), cancellationToken) == 1)
        {
            await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.StateChanged));
            foreach (var member in await InterestedMembersAsync(db, debate, cancellationToken))
            {
                await mail.SendOpenedAsync(member, debate, cancellationToken);
            }
        }
        if (debate.IsOpenAt(now) && now >= debate.ClosesAt - ReminderBeforeClosing && debate.ClosingReminderSentAt is null
            && await db.Debates.Where(d => d.Id == debateId && d.ClosingReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClosingReminderSentAt, now), cancellationToken) == 1)
        {
            foreach (var member in await InterestedMembersAsync(db, debate, cancellationToken))
            {
                await mail.SendClosingSoonAsync(member, debate, cancellationToken);
            }
        }
        if (now >= debate.ClosesAt && debate.ClosingNoticeFor != debate.ClosesAt
            && await db.Debates.Where(d => d.Id == debateId && d.ClosesAt == debate.ClosesAt && (d.ClosingNoticeFor == null || d.ClosingNoticeFor != d.ClosesAt))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClosingNoticeFor, debate.ClosesAt), cancellationToken) == 1)
        {
            var notice = new Post
            {
                DebateId = debateId,
                AuthorId = debate.CreatedById,
                Markdown = ClosingNoticeText,
                Html = $"<p>{ClosingNoticeText}</p>",
                Kind = PostKind.System,
                Status = PostStatus.Published,
                Consent = Membership.QuotingConsent.DoNotQuote,
                CreatedAt = now,
            };
            db.Posts.Add(notice);
            await db.SaveChangesAsync(cancellationToken);
            await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.StateChanged));
            await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.PostAdded, notice.Id));
        }
    }

    /// <summary>
    /// Re-derives every unfinished debate's state: what a lost job should have done is done now. Runs at
    /// start-up and every minute, because in-memory job storage forgets scheduled jobs on restart.
    /// </summary>
    public async Task<IReadOnlyList<Debate>> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = await db.Debates.AsNoTracking()
            .Where(d => d.IsPublished && (d.ClosingNoticeFor == null || d.ClosingNoticeFor != d.ClosesAt))
            .ToListAsync(cancellationToken);
        foreach (var debate in unfinished)
        {
            await ApplyAsync(debate.Id, cancellationToken);
        }
        return unfinished;
    }

    /// <summary>
    /// Members who want each opening and closing mailed as it happens; those on a digest read it there. Consultation
    /// rounds mail the same people: the setting is the members' "tell me when a window opens".
    /// </summary>
    /// <summary>The interested members who may see <paramref name="debate"/>: a working group's debate is mailed to its members only.</summary>
    private static async Task<List<AppUser>> InterestedMembersAsync(CommunityDbContext db, Debate debate, CancellationToken cancellationToken)
    {
        var members = await InterestedMembersAsync(db, cancellationToken);
        if (debate.WorkingGroupId is not { } groupId)
        {
            return members;
        }
        var appointed = await db.Set<WorkingGroups.WorkingGroupMember>()
            .Where(m => m.WorkingGroupId == groupId && m.Status == WorkingGroups.GroupMemberStatus.Appointed).Select(m => m.UserId).ToListAsync(cancellationToken);
        return members.Where(m => appointed.Contains(m.Id)).ToList();
    }

    internal static Task<List<AppUser>> InterestedMembersAsync(CommunityDbContext db, CancellationToken cancellationToken)
    {
        var memberRoles = db.Roles.Where(r => r.Name == Membership.Roles.Member).Select(r => r.Id);
        return db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && u.NotifyDebateOpens && u.MailFrequency == Mail.MailFrequency.Immediate && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoles.Contains(ur.RoleId)))
            .ToListAsync(cancellationToken);
    }
}
