using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A member asks to join a group, saying why; the chair (or a coordinator) decides.</summary>
internal sealed class ApplyToGroup(CommunityDbContext db, GroupDesk desk, AuditLog audit, WorkingGroupNotifier notifier)
{
    public const string MotivationField = "Motivation";

    public async Task<CommandResult> HandleAsync(Actor applicant, int groupId, string? motivation, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.OpenGroupAsync(groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failure([refusal!]);
        }
        if (await desk.MemberAsync(applicant.UserId, cancellationToken) is not { } member)
        {
            return CommandResult.Failed("", "Only members of the community can apply.");
        }
        var text = motivation?.Trim() ?? "";
        if (text.Length is 0 or > WorkingGroupMember.MotivationLength)
        {
            return CommandResult.Failed(MotivationField, "Say in a few words why you want to join (at most {0} characters).", WorkingGroupMember.MotivationLength);
        }
        if (group.Members.Any(m => m.UserId == member.Id && m.Status is GroupMemberStatus.Appointed or GroupMemberStatus.Applied))
        {
            return CommandResult.Failed(MotivationField, "You are already a member of this group or waiting for an answer.");
        }
        group.Members.Add(new WorkingGroupMember { UserId = member.Id, Status = GroupMemberStatus.Applied, Motivation = text, CreatedAt = desk.Now });
        audit.Record(applicant, "group.member.applied", member, group.Name);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
