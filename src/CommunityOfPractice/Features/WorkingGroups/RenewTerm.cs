using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A coordinator gives a group a new end, after its current one; a closed group works again, and the chair gets a reminder for the new end.</summary>
internal sealed class RenewTerm(CommunityDbContext db, WorkingGroupAccess access, AuditLog audit, ITermScheduler scheduler, WorkingGroupNotifier notifier, TimeProvider clock)
{
    public const string EndsOnField = "EndsOn";

    public async Task<CommandResult> HandleAsync(Actor coordinator, int groupId, DateOnly? endsOn, CancellationToken cancellationToken = default)
    {
        if (!await access.IsCoordinatorAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators can do this.");
        }
        var group = await db.Set<WorkingGroup>().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failed("", "This working group does not exist.");
        }
        if (endsOn is not { } end || end <= group.EndsOn)
        {
            return CommandResult.Failed(EndsOnField, "The new end must come after the current one ({0:yyyy-MM-dd}).", group.EndsOn);
        }
        var previous = group.EndsOn;
        group.EndsOn = end;
        audit.Record(coordinator, "group.term.renewed", null, $"{group.Name}: {previous:yyyy-MM-dd} → {end:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleReminder(group, clock.GetUtcNow());
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
