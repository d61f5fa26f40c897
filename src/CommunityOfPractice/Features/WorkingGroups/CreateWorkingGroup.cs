using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A coordinator creates a group; its chair is its first appointed member.</summary>
internal sealed class CreateWorkingGroup(CommunityDbContext db, WorkingGroupAccess access, AuditLog audit, ITermScheduler scheduler, WorkingGroupNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult<WorkingGroup>> HandleAsync(Actor coordinator, WorkingGroupCommand command, CancellationToken cancellationToken = default)
    {
        if (!await access.IsCoordinatorAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<WorkingGroup>.Failed("", "Only coordinators can do this.");
        }
        var errors = WorkingGroupRules.Validate(command, withTerm: true);
        var chair = await db.Users.FindAsync([command.ChairId ?? ""], cancellationToken);
        if (chair is null || !await access.IsCommunityMemberAsync(chair.Id, cancellationToken))
        {
            errors.Add(new(nameof(command.ChairId), "Choose the chair from the list of members."));
        }
        if (errors.Count > 0)
        {
            return CommandResult<WorkingGroup>.Failure(errors);
        }
        var now = clock.GetUtcNow();
        var group = new WorkingGroup
        {
            Name = command.Name.Trim(),
            Mandate = command.Mandate.Trim(),
            StartsOn = command.StartsOn!.Value,
            EndsOn = command.EndsOn!.Value,
            ChairId = chair!.Id,
            MinSize = command.MinSize!.Value,
            MaxSize = command.MaxSize!.Value,
            MinRegions = command.MinRegions!.Value,
            MinNcdSharePercent = command.MinNcdSharePercent,
            CreatedById = coordinator.UserId,
            CreatedAt = now,
            Members = [new WorkingGroupMember { UserId = chair.Id, Status = GroupMemberStatus.Appointed, CreatedAt = now, DecidedAt = now, DecidedById = coordinator.UserId }],
        };
        db.Add(group);
        audit.Record(coordinator, "group.created", chair, group.Name);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleReminder(group, now);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return group;
    }
}
