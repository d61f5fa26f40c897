using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// The demo's working groups (<c>workingGroups</c> in <c>samples/demo/community.json</c>), idempotent by name, made through
/// the use cases a coordinator uses: the group, its appointments, and a debate in its space open now.
/// </summary>
internal sealed class WorkingGroupSeed(CommunityDbContext db, CreateWorkingGroup create, AppointMember appoint, CreateGroupDebate createDebate, IServiceProvider services)
    : DemoSeed<DemoWorkingGroup>(services, "workingGroups", order: 70)
{
    protected override Task<bool> SkipsAsync(DemoWorkingGroup demo, CancellationToken cancellationToken) =>
        db.Set<WorkingGroup>().AnyAsync(g => g.Name == demo.Name, cancellationToken);

    protected override async Task AddAsync(DemoWorkingGroup demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var coordinator = await ActorAsync(demo.CoordinatorEmail);
        var chair = await MemberAsync(demo.ChairEmail);
        var group = Check(await create.HandleAsync(coordinator, new WorkingGroupCommand
        {
            Name = demo.Name, Mandate = demo.Mandate, ChairId = chair.Id,
            StartsOn = today.AddDays(-demo.StartedDaysAgo), EndsOn = today.AddDays(demo.EndsInDays),
            MinSize = demo.MinSize, MaxSize = demo.MaxSize, MinRegions = demo.MinRegions, MinNcdSharePercent = demo.MinNcdSharePercent,
        }, cancellationToken), demo.Name);
        foreach (var email in demo.MemberEmails)
        {
            Check(await appoint.HandleAsync(coordinator, group.Id, (await MemberAsync(email)).Id, cancellationToken), email);
        }
        if (demo.Debate is { } debate)
        {
            var now = context.Now.UtcDateTime;
            Check(await createDebate.HandleAsync(coordinator, group.Id, new DebateCommand
            {
                Title = debate.Title, Summary = debate.Summary, Context = debate.Context, Questions = string.Join('\n', debate.Questions),
                OpensLocal = now.AddDays(-1), ClosesLocal = now.AddDays(debate.LastsDays - 1), TimeZoneId = "UTC", ModerationMode = ModerationMode.PostModeration,
            }, cancellationToken), debate.Title);
        }
    }
}
