using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>Who writes a group's documents: its chair while appointed, and coordinators and admins with two-factor sign-in on, as for every staff act.</summary>
internal static class GroupDocumentRules
{
    public static async Task<bool> MayWriteAsync(CommunityDbContext db, WorkingGroupAccess access, WorkingGroup group, string userId, CancellationToken cancellationToken) =>
        (group.ChairId == userId && await access.IsAppointedAsync(group.Id, userId, cancellationToken))
        || (await access.IsCoordinatorAsync(userId, cancellationToken) && await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, cancellationToken));

    /// <summary>The group to write in, when it is in its term and the actor may write; else the refusal to answer.</summary>
    public static async Task<(WorkingGroup? Group, FieldError? Refusal)> OpenAsync(CommunityDbContext db, WorkingGroupAccess access, GroupDesk desk, Actor actor, int groupId,
        CancellationToken cancellationToken)
    {
        var (group, refusal) = await desk.OpenGroupAsync(groupId, cancellationToken);
        if (group is null)
        {
            return (null, refusal);
        }
        return await MayWriteAsync(db, access, group, actor.UserId, cancellationToken)
            ? (group, null)
            : (null, new("", "Only coordinators and the group's chair can do this."));
    }
}
