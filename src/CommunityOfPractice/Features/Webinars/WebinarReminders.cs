using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// Reminders 24 hours and 1 hour before a webinar, each sent once per start time. Each is claimed with a
/// conditional update before mail goes out, so a job running twice, late, after a restart or on two nodes
/// sends it once; a new start time gets new reminders.
/// </summary>
internal sealed class WebinarReminders(CommunityDbContext db, IWebinarMail mail, TimeProvider clock)
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    /// <summary>The instants still ahead at which a reminder falls due.</summary>
    public static IReadOnlyList<DateTimeOffset> InstantsAhead(Webinar webinar, DateTimeOffset now) =>
        webinar.CancelledAt is not null
            ? []
            : new[] { webinar.StartsAt - DayBefore, webinar.StartsAt - HourBefore }.Where(instant => instant > now).ToList();

    /// <summary>Which reminder is due now, if any: once within the last hour, only the 1-hour one.</summary>
    public static WebinarReminder? DueAt(Webinar webinar, DateTimeOffset now)
    {
        if (webinar.CancelledAt is not null || now >= webinar.StartsAt)
        {
            return null;
        }
        if (now >= webinar.StartsAt - HourBefore)
        {
            return webinar.HourReminderSentFor == webinar.StartsAt ? null : WebinarReminder.HourBefore;
        }
        if (now >= webinar.StartsAt - DayBefore)
        {
            return webinar.DayReminderSentFor == webinar.StartsAt ? null : WebinarReminder.DayBefore;
        }
        return null;
    }

    public async Task ApplyAsync(int webinarId, CancellationToken cancellationToken = default)
    {
        var webinar = await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        var now = clock.GetUtcNow();
        if (webinar is null || DueAt(webinar, now) is not { } due)
        {
            return;
        }
        var startsAt = webinar.StartsAt;
        var target = db.Webinars.Where(w => w.Id == webinarId && w.StartsAt == startsAt && w.CancelledAt == null);
        // The hour reminder also settles the day one: a member is not sent both within the same hour.
        var claimed = due == WebinarReminder.HourBefore
            ? await target.Where(w => w.HourReminderSentFor == null || w.HourReminderSentFor != startsAt)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.HourReminderSentFor, startsAt).SetProperty(w => w.DayReminderSentFor, startsAt), cancellationToken)
            : await target.Where(w => w.DayReminderSentFor == null || w.DayReminderSentFor != startsAt)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.DayReminderSentFor, startsAt), cancellationToken);
        if (claimed != 1)
        {
            return;
        }
        var groupId = webinar.WorkingGroupId;
        var people = await db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null && u.NotifyWebinars
                && db.WebinarRegistrations.Any(r => r.WebinarId == webinarId && r.UserId == u.Id && r.Status == RegistrationStatus.Registered)
                // A group's meeting reminds only registrants still in the group: a removed member is not sent its link.
                && (groupId == null || db.Set<WorkingGroups.WorkingGroupMember>().Any(m => m.WorkingGroupId == groupId && m.UserId == u.Id && m.Status == WorkingGroups.GroupMemberStatus.Appointed)))
            .ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            await mail.SendReminderAsync(person, webinar, due, cancellationToken);
        }
    }

    /// <summary>
    /// Sends what is due for every webinar still ahead, and returns them for scheduling. Runs at start-up and
    /// every minute, because in-memory job storage forgets scheduled jobs on restart.
    /// </summary>
    public async Task<IReadOnlyList<Webinar>> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var ahead = await db.Webinars.AsNoTracking().Where(w => w.CancelledAt == null && w.StartsAt > now).ToListAsync(cancellationToken);
        foreach (var webinar in ahead.Where(w => DueAt(w, now) is not null))
        {
            await ApplyAsync(webinar.Id, cancellationToken);
        }
        return ahead;
    }
}
