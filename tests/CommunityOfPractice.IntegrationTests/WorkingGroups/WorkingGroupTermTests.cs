using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.WorkingGroups;

/// <summary>
/// A working group's term on a clock the test moves: the chair's reminder sent once (and by the reconciler when the job
/// is lost), the close at the term's end, and a renewal.
/// </summary>
public sealed class WorkingGroupTermTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> query) => UseAsync(s => query(s.GetRequiredService<CommunityDbContext>()));

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private Task<CommandResult> AppointAsync(TestPerson by, int groupId, string memberId) =>
        UseAsync(s => s.GetRequiredService<AppointMember>().HandleAsync(ActorOf(by), groupId, memberId));

    private Task ReconcileAsync() => UseAsync(async s =>
    {
        await s.GetServices<IReconciler>().Single(r => r.Name == "working groups").ReconcileAsync(CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task The_chair_is_reminded_once_thirty_days_before_the_end_a_renewal_reopens_the_group_and_at_its_end_it_closes_and_stays_readable()
    {
        _ = app.Server;
        var coordinator = await GroupSetup.PersonFromAsync(app, "Term Coordinator", "CH", Roles.Coordinator);
        var chair = await GroupSetup.PersonFromAsync(app, "Term Chair", "FR");
        var late = await GroupSetup.PersonFromAsync(app, "Term Latecomer", "BR");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var (group, errors) = await UseAsync(s => s.GetRequiredService<CreateWorkingGroup>().HandleAsync(ActorOf(coordinator), new WorkingGroupCommand
        {
            Name = "Term group " + Guid.NewGuid().ToString("N")[..6], Mandate = "Short term.", StartsOn = today, EndsOn = today.AddDays(35),
            ChairId = chair.Id, MinSize = 1, MaxSize = 3, MinRegions = 1,
        }));
        Assert.Empty(errors);
        int Reminders() => app.Mailbox.For(chair.Email).Count(m => m.Subject?.Contains("ends in 30 days", StringComparison.Ordinal) == true);

        // One tick before the reminder is due, a lost job's catch-up sends nothing; at the instant, it sends it once, however often it runs.
        app.Clock.SetUtcNow(group!.ReminderDueAt - Tick);
        await ReconcileAsync();
        await app.WaitForOutboxAsync();
        Assert.Equal(0, Reminders());
        app.Clock.SetUtcNow(group.ReminderDueAt);
        await ReconcileAsync();
        await UseAsync(async s => { await s.GetRequiredService<TermReminders>().ApplyAsync(group.Id); return 0; });
        await ReconcileAsync();
        await app.Mailbox.WaitForAsync(chair.Email, "ends in 30 days");
        await app.WaitForOutboxAsync();
        Assert.Equal(1, Reminders());

        // At the end: closed by the clock, appointments and debates refused, the space still readable by its members.
        app.Clock.SetUtcNow(group.ClosesAt - Tick);
        Assert.True((await AppointAsync(chair, group.Id, coordinator.Id)).Succeeded, "One tick before the end, the group should still take appointments.");
        app.Clock.SetUtcNow(group.ClosesAt);
        Assert.Equal("The group's term has ended: it takes no more appointments or debates.", Assert.Single((await AppointAsync(coordinator, group.Id, late.Id)).Errors).Message);
        using var chairing = await SignedInAsync(chair);
        var closed = await chairing.GetAsync($"/groups/{group.Id}");
        Assert.Equal(HttpStatusCode.OK, closed.Status);
        Assert.Contains("data-state=\"Closed\"", closed.Html);
        var debate = await UseAsync(s => s.GetRequiredService<CreateGroupDebate>().HandleAsync(ActorOf(chair), group.Id, new Features.Debates.DebateCommand
        {
            Title = "Too late", Summary = "After the term.", OpensLocal = app.Clock.GetUtcNow().UtcDateTime.AddHours(1), ClosesLocal = app.Clock.GetUtcNow().UtcDateTime.AddDays(2),
        }));
        Assert.Equal("The group's term has ended: it takes no more appointments or debates.", Assert.Single(debate.Errors).Message);

        // A renewal must move the end later; it reopens the group, and the new end gets its own reminder.
        var renew = (DateOnly? end) => UseAsync(s => s.GetRequiredService<RenewTerm>().HandleAsync(ActorOf(coordinator), group.Id, end));
        Assert.Equal("The new end must come after the current one ({0:yyyy-MM-dd}).", Assert.Single((await renew(group.EndsOn)).Errors).Message);
        Assert.Equal("Only coordinators can do this.",
            Assert.Single((await UseAsync(s => s.GetRequiredService<RenewTerm>().HandleAsync(ActorOf(chair), group.Id, group.EndsOn.AddDays(60)))).Errors).Message);
        Assert.True((await renew(group.EndsOn.AddDays(60))).Succeeded, "A later end should renew the term.");
        Assert.True((await AppointAsync(coordinator, group.Id, late.Id)).Succeeded, "A renewed group should take appointments again.");
        var renewed = await WithDbAsync(db => db.Set<WorkingGroup>().AsNoTracking().SingleAsync(g => g.Id == group.Id));
        app.Clock.SetUtcNow(renewed.ReminderDueAt);
        await ReconcileAsync();
        await app.WaitForOutboxAsync();
        Assert.Equal(2, Reminders());
    }
}
