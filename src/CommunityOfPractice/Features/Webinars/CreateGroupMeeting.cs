using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.WorkingGroups;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A coordinator or the chair schedules a meeting in a working group's space: a webinar like any other (the same form, checks,
/// invitation, reminders and seats), but listed, readable and open to registration only within the group
/// (<see cref="WebinarAudience"/>).
/// </summary>
internal sealed class CreateGroupMeeting(CommunityDbContext db, GroupDesk desk, AuditLog audit, IWebinarScheduler scheduler)
{
    public async Task<CommandResult<Webinar>> HandleAsync(Actor actor, int groupId, WebinarCommand command, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult<Webinar>.Failure([refusal!]);
        }
        var now = desk.Now;
        // A group's meeting never sets a community debate's context: that would pin its title in the debate's room.
        command.DebateId = null;
        var errors = CreateWebinar.Validate(command, now, out var webinar);
        if (errors.Count > 0)
        {
            return CommandResult<Webinar>.Failure(errors);
        }
        webinar.WorkingGroupId = group.Id;
        webinar.CreatedById = actor.UserId;
        webinar.CreatedAt = now;
        db.Webinars.Add(webinar);
        audit.Record(actor, "group.meeting.created", null, $"{group.Name}: {webinar.Title}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleReminders(webinar, now);
        return webinar;
    }
}
