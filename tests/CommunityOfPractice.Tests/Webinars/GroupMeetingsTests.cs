using System.Security.Claims;
using Bunit;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Testing;
using CommunityOfPractice.Web.Features.Webinars.Pages;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Webinars;

/// <summary>
/// The meetings part of a group's space. The space is interactive and redraws on every live change to the group, handing
/// its slot its parameters again each time: the meetings are read when the group changes, not at every redraw.
/// </summary>
public sealed class GroupMeetingsTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cop-group-meetings-" + Guid.NewGuid().ToString("N"));
    private string creatorId = "";
    private int reads;

    public GroupMeetingsTests()
    {
        Directory.CreateDirectory(folder);
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Services.AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")};Pooling=false");
        // Each read of the list takes the list from a scope of its own: counting them counts the reads.
        Services.AddScoped(services =>
        {
            Interlocked.Increment(ref reads);
            return new GroupMeetingList(services.GetRequiredService<CommunityDbContext>(), services.GetRequiredService<TimeProvider>());
        });
        Services.AddScoped<WebinarStewards>();
        Services.AddScoped<DebateAccess>();
        Services.AddScoped<WorkingGroupAccess>();
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
        var creator = new AppUser { UserName = "chair@example.org", Email = "chair@example.org", DisplayName = "Chair" };
        db.Users.Add(creator);
        await db.SaveChangesAsync();
        creatorId = creator.Id;
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> action)
    {
        await using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    private Task<int> GroupAsync(string name) => WithDbAsync(async db =>
    {
        var group = new WorkingGroup
        {
            Name = name, StartsOn = DateOnly.FromDateTime(Now.UtcDateTime), EndsOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(100),
            ChairId = creatorId, CreatedById = creatorId, CreatedAt = Now, MinSize = 1, MaxSize = 9, MinRegions = 1,
        };
        db.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    });

    private Task<int> MeetingAsync(int groupId, string title) => WithDbAsync(async db =>
    {
        var meeting = new WebinarBuilder(creatorId).WithTitle(title).WithDescription("Agenda.").StartingAt(Now.AddDays(3))
            .WithMeetingUrl("https://meet.example.org/group").ForWorkingGroup(groupId).WithCreatedAt(Now).Build();
        db.Webinars.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    });

    private static IReadOnlyList<string> Titles(IRenderedComponent<GroupMeetings> meetings) =>
        meetings.FindAll("[data-testid=group-meeting] a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task The_meetings_are_read_once_per_group_not_again_at_each_redraw_of_the_space()
    {
        var first = await GroupAsync("First group");
        var second = await GroupAsync("Second group");
        await MeetingAsync(first, "First group's meeting");
        await MeetingAsync(second, "Second group's meeting");
        var viewer = Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "viewer")], "test"))));

        var meetings = Render<GroupMeetings>(p => p.Add(c => c.GroupId, first).Add(c => c.CanRun, false).AddCascadingValue(viewer));
        meetings.WaitForAssertion(() => Assert.Equal(["First group's meeting"], Titles(meetings)));
        Assert.Equal(1, reads);

        // The space redraws (here with the chair's tools turned on): the list is not read again.
        await MeetingAsync(first, "Added later");
        meetings.Render(p => p.Add(c => c.GroupId, first).Add(c => c.CanRun, true));
        meetings.Render(p => p.Add(c => c.GroupId, first).Add(c => c.CanRun, true));
        Assert.Single(meetings.FindAll("a.btn"), a => a.GetAttribute("href") == $"groups/{first}/meetings/new");
        Assert.Equal(1, reads);
        Assert.Equal(["First group's meeting"], Titles(meetings));

        // Another group is read at once, and coming back to the first reads it again.
        meetings.Render(p => p.Add(c => c.GroupId, second));
        meetings.WaitForAssertion(() => Assert.Equal(["Second group's meeting"], Titles(meetings)));
        meetings.Render(p => p.Add(c => c.GroupId, first));
        meetings.WaitForAssertion(() => Assert.Equal(["Added later", "First group's meeting"], Titles(meetings).Order().ToList()));
        Assert.Equal(3, reads);
    }
}
