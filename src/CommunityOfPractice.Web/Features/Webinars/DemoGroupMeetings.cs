using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.Webinars;

/// <summary>
/// The demo working groups' meetings (<c>groupMeetings</c> in <c>samples/demo/community.json</c>), idempotent by group and
/// title, made through the use cases the chair and the members use. Part of the webinars feature, so the demo has no
/// meetings without it; a group the demo did not create (the working groups feature is off) is passed over.
/// </summary>
internal sealed class DemoGroupMeetings(CommunityDbContext db, UserManager<AppUser> users, CreateGroupMeeting create, RegisterForWebinar register, TimeProvider clock)
{
    public async Task<bool> AddAsync(DemoGroupMeeting demo)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Name == demo.GroupName);
        if (group is null || await db.Webinars.AnyAsync(w => w.WorkingGroupId == group.Id && w.Title == demo.Title))
        {
            return false;
        }
        var chair = await db.Users.AsNoTracking().SingleAsync(u => u.Id == group.ChairId);
        var startsAt = clock.GetUtcNow().UtcDateTime.Date.AddDays(demo.StartsInDays).AddHours(12);
        var (meeting, errors) = await create.HandleAsync(new Actor(chair.Id, chair.DisplayName), group.Id, new WebinarCommand
        {
            Title = demo.Title, Description = demo.Description, StartsLocal = startsAt, EndsLocal = startsAt.AddMinutes(demo.Minutes),
            TimeZoneId = "UTC", MeetingUrl = demo.MeetingUrl, Languages = demo.Languages,
        });
        Check(errors, demo.Title);
        foreach (var email in demo.RegistrantEmails)
        {
            var registrant = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"{email} is not a demo member.");
            Check((await register.HandleAsync(registrant.Id, meeting!.Id)).Errors, email);
        }
        return true;
    }

    private static void Check(IReadOnlyList<FieldError> errors, string what)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo group meeting, {what}: " + string.Join(" ", errors.Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Arguments))));
        }
    }
}
