using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// Who may see a debate at all. Most debates are the whole community's; a debate in a working group's space is seen
/// only by the group's appointed members, coordinators and admins. Every query that lists or reads debates (or their
/// posts) goes through here, so the room, the hub, the lists, feeds, digests, mails and the API agree.
/// </summary>
internal static class DebateAudience
{
    /// <summary>The debates <paramref name="userId"/> may see; with no user (a public or API reader), only the community's.</summary>
    public static IQueryable<Debate> VisibleTo(this IQueryable<Debate> debates, CommunityDbContext db, string? userId) =>
        debates.Where(d => d.WorkingGroupId == null
            || (userId != null
                && (db.Set<WorkingGroupMember>().Any(m => m.WorkingGroupId == d.WorkingGroupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed)
                    || db.UserRoles.Any(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Coordinator || r.Name == Roles.Admin))))));

    /// <summary>The community's debates only: what anonymous readers, public feeds and counts across the community see.</summary>
    public static IQueryable<Debate> OfTheCommunity(this IQueryable<Debate> debates) => debates.Where(d => d.WorkingGroupId == null);
}
