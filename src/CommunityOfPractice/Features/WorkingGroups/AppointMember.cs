using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A coordinator or the chair appoints a member; a pending application of theirs becomes the appointment.</summary>
internal sealed class AppointMember(CommunityDbContext db, GroupDesk desk, AuditLog audit, IWorkingGroupMail mail, WorkingGroupNotifier notifier)
{
    public const string MemberField = "MemberId";

    public async Task<CommandResult> HandleAsync(Actor actor, int groupId, string? memberId, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failure([refusal!]);
        }
        if (await desk.MemberAsync(memberId, cancellationToken) is not { } member)
        {
            return CommandResult.Failed(MemberField, "Choose a member from the list.");
        }
        if (group.Members.Any(m => m.UserId == member.Id && m.Status == GroupMemberStatus.Appointed))
        {
            return CommandResult.Failed(MemberField, "{0} is already a member of the group.", member.DisplayName);
        }
        var now = desk.Now;
        if (group.Members.FirstOrDefault(m => m.UserId == member.Id && m.Status == GroupMemberStatus.Applied) is { } application)
        {
            application.Status = GroupMemberStatus.Appointed;
            application.DecidedAt = now;
            application.DecidedById = actor.UserId;
        }
        else
        {
            group.Members.Add(new WorkingGroupMember { UserId = member.Id, Status = GroupMemberStatus.Appointed, CreatedAt = now, DecidedAt = now, DecidedById = actor.UserId });
        }
        audit.Record(actor, "group.member.appointed", member, group.Name);
        // The outbox saves the appointment, its audit entry and the mail together.
        await mail.SendAppointedAsync(member, group, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
