using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

/// <summary>The window is the clock's: these move a fake clock to the exact boundary instants.</summary>
public sealed class DebateWindowTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private async Task<CommandResult<Post>> PostAsync(string authorId, int debateId, string text, long? parentId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(authorId, new PostCommand(debateId, parentId, text, null));
    }

    private async Task<int> DebateAsync(TimeSpan opensIn, TimeSpan lasts, ModerationMode mode = ModerationMode.PostModeration)
    {
        _ = app.Server;
        var opens = app.Clock.GetUtcNow() + opensIn;
        return await DebateSetup.CreateAsync(app, opens, opens + lasts, mode);
    }

    private async Task<Debate> LoadAsync(int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Debates.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    [Fact]
    public async Task Posting_one_tick_before_opening_is_refused_and_at_opening_is_accepted()
    {
        var member = await app.CreatePersonAsync("Early Bird", Roles.Member);
        var id = await DebateAsync(TimeSpan.FromHours(1), TimeSpan.FromDays(5));
        var debate = await LoadAsync(id);

        app.Clock.SetUtcNow(debate.OpensAt - Tick);
        var early = await PostAsync(member.Id, id, "Too early?");
        Assert.False(early.Succeeded, "A post one tick before the opening should be refused.");
        Assert.StartsWith("This debate opens on", early.Errors[0].Message);

        app.Clock.SetUtcNow(debate.OpensAt);
        var onTime = await PostAsync(member.Id, id, "Right on time.");
        Assert.True(onTime.Succeeded, $"A post at the opening instant should be accepted: {string.Join(" ", onTime.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public async Task Posting_one_tick_before_closing_is_accepted_and_at_closing_is_refused()
    {
        var member = await app.CreatePersonAsync("Last Word", Roles.Member);
        var id = await DebateAsync(TimeSpan.FromMinutes(-5), TimeSpan.FromDays(1));
        var debate = await LoadAsync(id);

        app.Clock.SetUtcNow(debate.ClosesAt - Tick);
        var justInTime = await PostAsync(member.Id, id, "Just in time.");
        Assert.True(justInTime.Succeeded,
            $"A post one tick before the closing should be accepted: {string.Join(" ", justInTime.Errors.Select(e => e.Message))}");

        app.Clock.SetUtcNow(debate.ClosesAt);
        var late = await PostAsync(member.Id, id, "Too late.");
        Assert.False(late.Succeeded, "A post at the closing instant should be refused.");
        Assert.StartsWith("This debate closed on", late.Errors[0].Message);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Posts.AnyAsync(p => p.DebateId == id && p.Markdown == "Too late."),
            "The refused late post should not have been saved.");
    }

    [Fact]
    public async Task The_closing_notice_is_posted_once_however_often_and_concurrently_the_transition_runs()
    {
        var id = await DebateAsync(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        var debate = await LoadAsync(id);
        app.Clock.SetUtcNow(debate.ClosesAt);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ApplyAsync(id);
        }));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ReconcileAsync();
        }

        await using var check = app.Services.CreateAsyncScope();
        var notices = await check.ServiceProvider.GetRequiredService<CommunityDbContext>().Posts
            .CountAsync(p => p.DebateId == id && p.Kind == PostKind.System);
        Assert.Equal(1, notices);
    }

    [Fact]
    public async Task Opening_mails_members_who_asked_once_and_the_reminder_comes_24_hours_before_closing_once()
    {
        var keen = await app.ChooseMailAsync(await app.CreatePersonAsync("Keen Member", Roles.Member), Features.Mail.MailFrequency.Immediate);
        var id = await DebateAsync(TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
        var debate = await LoadAsync(id);

        app.Clock.SetUtcNow(debate.OpensAt);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ApplyAsync(id);
        }
        await app.WaitForOutboxAsync();
        Assert.Single(app.Mailbox.For(keen.Email), m => m.Subject!.Contains(debate.Title) && m.Subject.Contains("is open"));

        app.Clock.SetUtcNow(debate.ClosesAt - DebateTransitions.ReminderBeforeClosing - Tick);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ApplyAsync(id);
        }
        await app.WaitForOutboxAsync();
        Assert.DoesNotContain(app.Mailbox.For(keen.Email), m => m.Subject!.Contains(debate.Title) && m.Subject.Contains("closes in 24 hours"));

        app.Clock.SetUtcNow(debate.ClosesAt - DebateTransitions.ReminderBeforeClosing);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ApplyAsync(id);
        }
        await app.WaitForOutboxAsync();
        Assert.Single(app.Mailbox.For(keen.Email), m => m.Subject!.Contains(debate.Title) && m.Subject.Contains("closes in 24 hours"));
    }
}
