using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A coordinator or the chair removes a member; the chair stays until another is chosen.</summary>
internal sealed class RemoveMember(CommunityDbContext db, GroupDesk desk, AuditLog audit, WorkingGroupNotifier notifier)
{
    public async Task<CommandResult> HandleAsync(Actor actor, int groupId, string? memberId, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failure([refusal!]);
        }
        if (group.Members.FirstOrDefault(m => m.UserId == memberId && m.Status == GroupMemberStatus.Appointed) is not { } membership)
        {
            return CommandResult.Failed(AppointMember.MemberField, "Choose a member from the list.");
        }
        if (group.ChairId == membership.UserId)
        {
            return CommandResult.Failed(AppointMember.MemberField, "The chair cannot be removed: a coordinator first chooses another chair.");
        }
        membership.Status = GroupMemberStatus.Removed;
        membership.DecidedAt = desk.Now;
        membership.DecidedById = actor.UserId;
        audit.Record(actor, "group.member.removed", await db.Users.FindAsync([membership.UserId], cancellationToken), group.Name);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
