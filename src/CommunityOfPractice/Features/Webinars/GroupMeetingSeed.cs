using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// The demo working groups' meetings (<c>groupMeetings</c> in <c>samples/demo/community.json</c>), idempotent by group and
/// title, made through the use cases the chair and the members use. Part of the webinars feature, so the demo has no
/// meetings without it; a group the demo did not create (the working groups feature is off) is passed over.
/// </summary>
internal sealed class GroupMeetingSeed(CommunityDbContext db, CreateGroupMeeting create, RegisterForWebinar register, IServiceProvider services)
    : DemoSeed<DemoGroupMeeting>(services, "groupMeetings", order: 80)
{
    /// <summary>A meeting is passed over when it is there already, or when its group is not (the working groups feature is off).</summary>
    protected override async Task<bool> SkipsAsync(DemoGroupMeeting demo, CancellationToken cancellationToken) =>
        await GroupAsync(demo, cancellationToken) is not { } group || await db.Webinars.AnyAsync(w => w.WorkingGroupId == group.Id && w.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoGroupMeeting demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var group = (await GroupAsync(demo, cancellationToken))!;
        var chair = await db.Users.AsNoTracking().SingleAsync(u => u.Id == group.ChairId, cancellationToken);
        var startsAt = context.Now.UtcDateTime.Date.AddDays(demo.StartsInDays).AddHours(12);
        var meeting = Check(await create.HandleAsync(new Actor(chair.Id, chair.DisplayName), group.Id, new WebinarCommand
        {
            Title = demo.Title, Description = demo.Description, StartsLocal = startsAt, EndsLocal = startsAt.AddMinutes(demo.Minutes),
            TimeZoneId = "UTC", MeetingUrl = demo.MeetingUrl, Languages = demo.Languages,
        }, cancellationToken), demo.Title);
        foreach (var email in demo.RegistrantEmails)
        {
            Check(await register.HandleAsync((await MemberAsync(email)).Id, meeting.Id, cancellationToken), email);
        }
    }

    private Task<WorkingGroup?> GroupAsync(DemoGroupMeeting demo, CancellationToken cancellationToken) =>
        db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Name == demo.GroupName, cancellationToken);
}
