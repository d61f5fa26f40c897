using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// A coordinator or the chair opens a debate in the group's space: the same debate, room, clock rules and moderation as
/// any other, but listed and readable only by the group's members, coordinators and admins (<see cref="DebateAudience"/>).
/// </summary>
internal sealed class CreateGroupDebate(CommunityDbContext db, GroupDesk desk, AuditLog audit, IDebateScheduler scheduler)
{
    public async Task<CommandResult<Debate>> HandleAsync(Actor actor, int groupId, DebateCommand command, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult<Debate>.Failure([refusal!]);
        }
        var now = desk.Now;
        var (debate, errors) = CreateDebate.Build(command, actor.UserId, now);
        if (debate is null)
        {
            return CommandResult<Debate>.Failure(errors);
        }
        // A group's debate is published at once, in its space only.
        debate.IsPublished = true;
        debate.WorkingGroupId = group.Id;
        db.Debates.Add(debate);
        audit.Record(actor, "group.debate.created", null, $"{group.Name}: {debate.Title}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(debate, now);
        return debate;
    }
}
