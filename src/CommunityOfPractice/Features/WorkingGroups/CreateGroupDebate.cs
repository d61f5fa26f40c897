using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// A coordinator or the chair opens a debate in the group's space: the same debate, room, clock rules and moderation as
/// any other, but listed and readable only by the group's members, coordinators and admins (<see cref="DebateAudience"/>).
/// </summary>
public sealed class CreateGroupDebate(CommunityDbContext db, GroupDesk desk, AuditLog audit, IDebateScheduler scheduler)
{
    public async Task<CommandResult<Debate>> HandleAsync(Actor actor, int groupId, DebateCommand command, CancellationToken cancellationToken = default)
    {
        var (group, refusal) = await desk.RunAsync(actor, groupId, cancellationToken);
        if (group is null)
        {
            return CommandResult<Debate>.Failure([refusal!]);
        }
        var now = desk.Now;
        var errors = CreateDebate.Validate(command, now, out var opensAt, out var closesAt, out var questions);
        if (errors.Count > 0)
        {
            return CommandResult<Debate>.Failure(errors);
        }
        var debate = new Debate
        {
            Title = command.Title.Trim(),
            Summary = command.Summary.Trim(),
            Context = command.Context?.Trim() ?? "",
            OpensAt = opensAt,
            ClosesAt = closesAt,
            ModerationMode = command.ModerationMode,
            IsPublished = true,
            CreatedById = actor.UserId,
            CreatedAt = now,
            Questions = questions,
            WorkingGroupId = group.Id,
        };
        db.Debates.Add(debate);
        audit.Record(actor, "group.debate.created", null, $"{group.Name}: {debate.Title}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(debate, now);
        return debate;
    }
}
