using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// Who may see a webinar at all. Most webinars are the whole community's; a meeting in a working group's space is seen
/// only by the group's appointed members, coordinators and admins, as its debates are (<see cref="Debates.DebateAudience"/>).
/// Every query that lists or reads webinars goes through here, so the pages, lists, calendars, digests and figures agree.
/// </summary>
internal static class WebinarAudience
{
    /// <summary>The webinars <paramref name="userId"/> may see; with no user, only the community's.</summary>
    public static IQueryable<Webinar> VisibleTo(this IQueryable<Webinar> webinars, CommunityDbContext db, string? userId) =>
        webinars.Where(w => w.WorkingGroupId == null
            || (userId != null
                && (db.Set<WorkingGroupMember>().Any(m => m.WorkingGroupId == w.WorkingGroupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed)
                    || db.UserRoles.Any(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Coordinator || r.Name == Roles.Admin))))));

    /// <summary>The community's webinars only: what community-wide lists, calendars, digests, figures and choosers show.</summary>
    public static IQueryable<Webinar> OfTheCommunity(this IQueryable<Webinar> webinars) => webinars.Where(w => w.WorkingGroupId == null);

    /// <summary>Whether <paramref name="userId"/> may register: anyone for a community webinar, an appointed member for a group's meeting.</summary>
    public static IQueryable<Webinar> OpenToRegistrationBy(this IQueryable<Webinar> webinars, CommunityDbContext db, string userId) =>
        webinars.Where(w => w.WorkingGroupId == null
            || db.Set<WorkingGroupMember>().Any(m => m.WorkingGroupId == w.WorkingGroupId && m.UserId == userId && m.Status == GroupMemberStatus.Appointed));
}
