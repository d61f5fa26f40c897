using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

[Collection(AppCollection.Name)]
public sealed class CreateDebateTests(CommunityAppFactory app)
{
    private static Dictionary<string, string> Form(string title, string opens, string closes, string zone = "Europe/Paris") => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = "Three questions on meaningful involvement.",
        ["Input.Context"] = "Read the **webinar** summary first.",
        ["Input.Questions"] = "What does involvement mean to you?\n2030-07-02: What stops people from taking part?",
        ["Input.OpensLocal"] = opens,
        ["Input.ClosesLocal"] = closes,
        ["Input.TimeZoneId"] = zone,
        ["Input.ModerationMode"] = nameof(ModerationMode.PreModerationFirstPosts),
        ["Input.Publish"] = "true",
    };

    [Fact]
    public async Task A_moderator_creates_a_debate_with_times_in_their_zone_stored_in_UTC()
    {
        using var browser = new Browser(app);
        await browser.SignInAsync(await app.CreatePersonAsync("Debate Maker", Roles.Member, Roles.Moderator));
        var title = $"Seed sequence {Guid.NewGuid():N}"[..24];

        var created = await browser.SubmitAsync("/debates/new", "new-debate", Form(title, "2030-06-28T09:00", "2030-07-03T18:00"));

        Assert.True(created.IsRedirect, created.Text);
        await using var scope = app.Services.CreateAsyncScope();
        var debate = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Debates.Include(d => d.Questions).SingleAsync(d => d.Title == title);
        Assert.Equal(new DateTimeOffset(2030, 6, 28, 7, 0, 0, TimeSpan.Zero), debate.OpensAt);
        Assert.Equal(new DateTimeOffset(2030, 7, 3, 16, 0, 0, TimeSpan.Zero), debate.ClosesAt);
        Assert.Equal(ModerationMode.PreModerationFirstPosts, debate.ModerationMode);
        Assert.Equal(["What does involvement mean to you?", "What stops people from taking part?"], debate.Questions.OrderBy(q => q.Order).Select(q => q.Text));
        Assert.Equal(new DateOnly(2030, 7, 2), debate.Questions.Single(q => q.Order == 2).FocusDay);
        Assert.EndsWith($"/debates/{debate.Id}", created.Location);
    }

    [Fact]
    public async Task A_debate_closing_before_it_opens_is_refused_keeping_what_was_typed()
    {
        using var browser = new Browser(app);
        await browser.SignInAsync(await app.CreatePersonAsync("Hasty Maker", Roles.Member, Roles.Moderator));
        var title = $"Backwards {Guid.NewGuid():N}"[..20];

        var page = await browser.SubmitAsync("/debates/new", "new-debate", Form(title, "2030-07-03T18:00", "2030-06-28T09:00"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The debate must close after it opens.", page.Text);
        Assert.Contains($"value=\"{title}\"", page.Text);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Debates.AnyAsync(d => d.Title == title),
            $"The debate \"{title}\", which closes before it opens, should not have been saved.");
    }

    [Fact]
    public async Task A_member_cannot_create_a_debate()
    {
        using var browser = new Browser(app);
        await browser.SignInAsync(await app.CreatePersonAsync("Not A Moderator", Roles.Member));
        var page = await browser.GetAsync("/debates/new");
        Assert.True(page.IsRedirect, $"A member opening /debates/new should be redirected to access denied, not answered {page.Status}.");
        Assert.Contains("AccessDenied", page.Location);
    }

    [Fact]
    public async Task A_draft_is_hidden_from_members_until_a_moderator_publishes_it()
    {
        var moderator = await app.CreatePersonAsync("Draft Keeper", Roles.Member, Roles.Moderator);
        var member = await app.CreatePersonAsync("Draft Reader", Roles.Member);
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (debate, errors) = await scope.ServiceProvider.GetRequiredService<CreateDebate>().HandleAsync(new Actor(moderator.Id, "Draft Keeper"), new DebateCommand
            {
                Title = "A draft debate",
                Summary = "Not yet",
                OpensLocal = DateTime.UtcNow.AddDays(1),
                ClosesLocal = DateTime.UtcNow.AddDays(3),
                TimeZoneId = "UTC",
                Publish = false,
            });
            Assert.Empty(errors);
            id = debate!.Id;
            var room = scope.ServiceProvider.GetRequiredService<DebateRoom>();
            Assert.Null(await room.ForViewerAsync(id, member.Id, viewerIsModerator: false));
            Assert.NotNull(await room.ForViewerAsync(id, moderator.Id, viewerIsModerator: true));
        }
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<PublishDebate>().HandleAsync(new Actor(member.Id, "Draft Reader"), id)).Succeeded,
                "A member should not be able to publish a draft debate.");
            var published = await scope.ServiceProvider.GetRequiredService<PublishDebate>().HandleAsync(new Actor(moderator.Id, "Draft Keeper"), id);
            Assert.True(published.Succeeded,
                $"A moderator should be able to publish the draft debate: {string.Join(" ", published.Errors.Select(e => e.Message))}");
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<DebateRoom>().ForViewerAsync(id, member.Id, viewerIsModerator: false));
        }
    }
}
