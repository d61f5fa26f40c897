using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A coordinator changes a group's name, mandate, chair or rules (the term changes by renewal). A new chair is appointed if not yet a member.</summary>
internal sealed class EditWorkingGroup(CommunityDbContext db, WorkingGroupAccess access, AuditLog audit, WorkingGroupNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor coordinator, int groupId, WorkingGroupCommand command, CancellationToken cancellationToken = default)
    {
        if (!await access.IsCoordinatorAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators can do this.");
        }
        var group = await db.Set<WorkingGroup>().Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failed("", "This working group does not exist.");
        }
        var errors = WorkingGroupRules.Validate(command, withTerm: false);
        var chair = await db.Users.FindAsync([command.ChairId ?? ""], cancellationToken);
        if (chair is null || !await access.IsCommunityMemberAsync(chair.Id, cancellationToken))
        {
            errors.Add(new(nameof(command.ChairId), "Choose the chair from the list of members."));
        }
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        var now = clock.GetUtcNow();
        group.Name = command.Name.Trim();
        group.Mandate = command.Mandate.Trim();
        group.MinSize = command.MinSize!.Value;
        group.MaxSize = command.MaxSize!.Value;
        group.MinRegions = command.MinRegions!.Value;
        group.MinNcdSharePercent = command.MinNcdSharePercent;
        if (group.ChairId != chair!.Id)
        {
            group.ChairId = chair.Id;
            if (!group.Members.Any(m => m.UserId == chair.Id && m.Status == GroupMemberStatus.Appointed))
            {
                group.Members.Add(new WorkingGroupMember { UserId = chair.Id, Status = GroupMemberStatus.Appointed, CreatedAt = now, DecidedAt = now, DecidedById = coordinator.UserId });
                audit.Record(coordinator, "group.member.appointed", chair, group.Name);
            }
            audit.Record(coordinator, "group.chair.changed", chair, group.Name);
        }
        audit.Record(coordinator, "group.edited", null, group.Name);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
