using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>What every change to a group's members starts with: the group with its members, and whether the actor may run it.</summary>
internal sealed class GroupDesk(CommunityDbContext db, WorkingGroupAccess access, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The group, tracked, when it exists and is still in its term; else the refusal to answer.</summary>
    public async Task<(WorkingGroup? Group, FieldError? Refusal)> OpenGroupAsync(int groupId, CancellationToken cancellationToken)
    {
        var group = await db.Set<WorkingGroup>().Include(g => g.Members).SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return (null, new("", "This working group does not exist."));
        }
        return group.IsClosedAt(Now) ? (null, new("", "The group's term has ended: it takes no more appointments or debates.")) : (group, null);
    }

    /// <summary>The group to run, when the actor is a coordinator, an admin or its chair and its term is not over.</summary>
    public async Task<(WorkingGroup? Group, FieldError? Refusal)> RunAsync(Actor actor, int groupId, CancellationToken cancellationToken)
    {
        var (group, refusal) = await OpenGroupAsync(groupId, cancellationToken);
        if (group is null)
        {
            return (null, refusal);
        }
        return await access.CanRunAsync(group, actor.UserId, cancellationToken)
            ? (group, null)
            : (null, new("", "Only coordinators and the group's chair can do this."));
    }

    /// <summary>A community member by id, or null for an id that names nobody who may take part (a tampered form).</summary>
    public async Task<AppUser?> MemberAsync(string? userId, CancellationToken cancellationToken) =>
        userId is { Length: > 0 } && await access.IsCommunityMemberAsync(userId, cancellationToken)
            ? await db.Users.FindAsync([userId], cancellationToken)
            : null;
}
