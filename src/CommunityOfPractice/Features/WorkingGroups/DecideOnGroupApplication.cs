using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The chair or a coordinator accepts an application (an appointment) or declines it; the applicant is mailed either way.</summary>
internal sealed class DecideOnGroupApplication(CommunityDbContext db, GroupDesk desk, AuditLog audit, IWorkingGroupMail mail, WorkingGroupNotifier notifier)
{
    public async Task<CommandResult> HandleAsync(Actor actor, int groupId, int applicationId, bool accept, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult.Failure([refusal!]);
        }
        if (group.Members.FirstOrDefault(m => m.Id == applicationId && m.Status == GroupMemberStatus.Applied) is not { } application
            || await db.Users.FindAsync([application.UserId], cancellationToken) is not { } applicant)
        {
            return CommandResult.Failed("", "This application has already been answered.");
        }
        application.Status = accept ? GroupMemberStatus.Appointed : GroupMemberStatus.Declined;
        application.DecidedAt = desk.Now;
        application.DecidedById = actor.UserId;
        audit.Record(actor, accept ? "group.member.appointed" : "group.application.declined", applicant, group.Name);
        await (accept ? mail.SendAppointedAsync(applicant, group, cancellationToken) : mail.SendDeclinedAsync(applicant, group, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await notifier.PublishAsync(new WorkingGroupEvent(group.Id));
        return CommandResult.Success;
    }
}
