using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>
/// The home page by role: staff see the queues they may act on, with counts and links; members and staff without a
/// second factor see none in the page at all; visitors and applicants keep the introduction.
/// </summary>
public sealed class HomeQueuesTests
{
    [Fact]
    public async Task Staff_see_the_counts_of_the_queues_they_may_act_on_and_members_see_no_queue()
    {
        // A community of its own, so the counts are this test's alone.
        await using var app = new CommunityAppFactory();
        await app.CreatePersonAsync("Applicant One");
        await app.CreatePersonAsync("Applicant Two");
        var author = await app.CreatePersonAsync("Queued Author", Roles.Member);
        var flagger = await app.CreatePersonAsync("Flagger", Roles.Member);
        var otherFlagger = await app.CreatePersonAsync("Other Flagger", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var published = await DebateSetup.AddThreadsAsync(app, debateId, author, 3);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            // Held: a new post, and an edit of a published one. Flagged: two posts, one of them twice.
            db.Posts.Add(new PostBuilder(debateId, author.Id, "Held").WithStatus(PostStatus.Held).Build());
            var edited = await db.Posts.FindAsync(published[0]);
            edited!.PendingMarkdown = "Edited, waiting";
            edited.PendingHtml = "<p>Edited, waiting</p>";
            db.PostFlags.AddRange(
                new PostFlag { PostId = published[1], UserId = flagger.Id, Reason = FlagReason.Spam, At = DateTimeOffset.UtcNow },
                new PostFlag { PostId = published[1], UserId = otherFlagger.Id, Reason = FlagReason.Abusive, At = DateTimeOffset.UtcNow },
                new PostFlag { PostId = published[2], UserId = flagger.Id, Reason = FlagReason.OffTopic, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        await PracticeSetup.CreateAsync(app, author, null, PracticeSetup.Command("Submitted for review"));
        await PracticeSetup.CreateAsync(app, author, null, PracticeSetup.Command("Still a draft"), submit: false);

        using var moderator = new Browser(app);
        await moderator.SignInAsync(await app.CreatePersonAsync("Queue Moderator", Roles.Member, Roles.Moderator));
        var queues = MemberHomeTests.Part((await moderator.GetAsync("/")).Text, "staff-queues");
        Assert.Equal("2", CountOf(queues, "applications"));
        Assert.Equal("2", CountOf(queues, "held-posts"));
        Assert.Equal("2", CountOf(queues, "flagged-posts"));
        Assert.Equal("1", CountOf(queues, "practices"));
        Assert.Contains("href=\"moderation#held-heading\"", queues);

        using var coordinator = new Browser(app);
        await coordinator.SignInAsync(await app.CreatePersonAsync("Queue Coordinator", Roles.Member, Roles.Coordinator));
        var theirs = MemberHomeTests.Part((await coordinator.GetAsync("/")).Text, "staff-queues");
        Assert.Contains("data-testid=\"queue-syntheses\"", theirs);
        Assert.DoesNotContain("queue-applications", theirs);
        Assert.DoesNotContain("queue-held-posts", theirs);

        foreach (var person in new[] { author, await app.CreateStaffWithoutTwoFactorAsync("Moderator Without Second Factor", Roles.Moderator) })
        {
            using var browser = new Browser(app);
            await browser.SignInAsync(person);
            var home = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains("data-testid=\"open-debates\"", home.Html);
            foreach (var queue in new[] { "staff-queues", "queue-", "moderation#", "Applications waiting for a decision", "Posts waiting for approval", "Flagged posts" })
            {
                Assert.False(home.Text.Contains(queue, StringComparison.Ordinal), $"{person.DisplayName}'s home should show no queue, but has '{queue}'.");
            }
        }
    }

    [Fact]
    public async Task Visitors_and_applicants_keep_the_introduction_and_see_no_member_part()
    {
        await using var app = new CommunityAppFactory();
        await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        using var visitor = new Browser(app);
        using var applicant = new Browser(app);
        await applicant.SignInAsync(await app.CreatePersonAsync("Hopeful Applicant"));

        foreach (var (who, browser) in new[] { ("A visitor", visitor), ("An applicant", applicant) })
        {
            var home = await browser.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains("A community of practice on the meaningful involvement of people living with NCDs", home.Text);
            Assert.Contains("Who can join, and how", home.Text);
            Assert.Contains("data-testid=\"happening\"", home.Html);
            foreach (var part in new[] { "Hello,", "open-debates", "next-webinar", "staff-queues", "review-rounds" })
            {
                Assert.False(home.Text.Contains(part, StringComparison.Ordinal), $"{who} should get the introduction, not the member's home, but the page has '{part}'.");
            }
        }
        Assert.Contains("href=\"join\"", (await visitor.GetAsync("/")).Html);
    }

    /// <summary>The count shown on the queue <paramref name="name"/>.</summary>
    private static string CountOf(string queues, string name)
    {
        var item = MemberHomeTests.Part(queues, $"queue-{name}", "</li>");
        var badge = item.IndexOf("class=\"badge", StringComparison.Ordinal);
        Assert.True(badge >= 0, $"The queue '{name}' shows no count:\n{item}");
        var start = item.IndexOf('>', badge) + 1;
        return item[start..item.IndexOf('<', start)].Trim();
    }
}
