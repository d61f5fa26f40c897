using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Web.Features.WorkingGroups;

/// <summary>
/// The demo's working groups (<c>workingGroups</c> in <c>samples/demo/community.json</c>), idempotent by name, made through
/// the use cases a coordinator uses: the group, its appointments, and a debate in its space open now.
/// </summary>
internal sealed class DemoWorkingGroups(CommunityDbContext db, UserManager<AppUser> users, CreateWorkingGroup create, AppointMember appoint, CreateGroupDebate createDebate, TimeProvider clock)
{
    public async Task<bool> AddAsync(DemoWorkingGroup demo)
    {
        if (await db.Set<WorkingGroup>().AnyAsync(g => g.Name == demo.Name))
        {
            return false;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var coordinatorUser = await FindAsync(demo.CoordinatorEmail);
        var coordinator = new Actor(coordinatorUser.Id, coordinatorUser.DisplayName);
        var chair = await FindAsync(demo.ChairEmail);
        var (group, errors) = await create.HandleAsync(coordinator, new WorkingGroupCommand
        {
            Name = demo.Name, Mandate = demo.Mandate, ChairId = chair.Id,
            StartsOn = today.AddDays(-demo.StartedDaysAgo), EndsOn = today.AddDays(demo.EndsInDays),
            MinSize = demo.MinSize, MaxSize = demo.MaxSize, MinRegions = demo.MinRegions, MinNcdSharePercent = demo.MinNcdSharePercent,
        });
        Check(errors, demo.Name);
        foreach (var email in demo.MemberEmails)
        {
            Check((await appoint.HandleAsync(coordinator, group!.Id, (await FindAsync(email)).Id)).Errors, email);
        }
        if (demo.Debate is { } debate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var (_, debateErrors) = await createDebate.HandleAsync(coordinator, group!.Id, new DebateCommand
            {
                Title = debate.Title, Summary = debate.Summary, Context = debate.Context, Questions = string.Join('\n', debate.Questions),
                OpensLocal = now.AddDays(-1), ClosesLocal = now.AddDays(debate.LastsDays - 1), TimeZoneId = "UTC", ModerationMode = ModerationMode.PostModeration,
            });
            Check(debateErrors, debate.Title);
        }
        return true;
    }

    private async Task<AppUser> FindAsync(string email) =>
        await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"{email} is not a demo member.");

    private static void Check(IReadOnlyList<FieldError> errors, string what)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Demo working group, {what}: " + string.Join(" ", errors.Select(e => string.Format(System.Globalization.CultureInfo.InvariantCulture, e.Message, e.Arguments))));
        }
    }
}
