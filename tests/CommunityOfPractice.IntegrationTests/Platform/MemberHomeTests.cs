using System.Diagnostics;
using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>
/// A signed-in member lands on what is on now for them, each feature adding its part: open debates with their time left
/// and what is new, their next webinar (its link once near), the member checks open to them. Times are the test's clock.
/// </summary>
public sealed class MemberHomeTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    /// <summary>
    /// Moves the clock on to the next whole second and returns it: instants are stored to a tenth of a millisecond on
    /// SQLite, so a boundary one tick from an instant with finer digits would be read on the wrong side.
    /// </summary>
    private DateTimeOffset WholeSecondNow()
    {
        _ = app.Server;
        var now = app.Clock.GetUtcNow();
        app.Clock.SetUtcNow(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1));
        return app.Clock.GetUtcNow();
    }

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private async Task<string> TitleOfAsync(int debateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Debates.Where(d => d.Id == debateId).Select(d => d.Title).SingleAsync();
    }

    [Fact]
    public async Task A_member_sees_an_open_debate_with_its_time_left_and_the_posts_by_others_since_their_last_visit()
    {
        var now = WholeSecondNow();
        var debateId = await DebateSetup.CreateAsync(app, now.AddHours(-1), now.AddDays(2));
        var draftId = await DebateSetup.CreateAsync(app, now.AddHours(-1), now.AddDays(2));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await db.Debates.Where(d => d.Id == draftId).ExecuteUpdateAsync(set => set.SetProperty(d => d.IsPublished, false));
        }
        var member = await app.CreatePersonAsync("Home Reader", Roles.Member);
        var other = await app.CreatePersonAsync("Home Poster", Roles.Member);
        var seen = await DebateSetup.AddThreadsAsync(app, debateId, other, 2);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DebateRoom>().MarkSeenAsync(debateId, member.Id, seen[^1]);
        }
        await DebateSetup.AddThreadsAsync(app, debateId, other, 3, "After the visit {0}.");
        await DebateSetup.AddThreadsAsync(app, debateId, member, 1, "My own {0}.");
        using var browser = await SignedInAsync(member);

        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("Hello, Home Reader", home.Text);
        var card = Card(Part(home.Text, "open-debates"), await TitleOfAsync(debateId));
        Assert.Contains($"href=\"debates/{debateId}\"", card);
        Assert.Contains("Closes in 2 days", card);
        Assert.Contains("3 new posts", card);
        Assert.DoesNotContain(await TitleOfAsync(draftId), home.Text);
        // Not the visitors' introduction.
        Assert.DoesNotContain("intro-heading", home.Html);
    }

    [Fact]
    public async Task The_new_posts_of_every_open_debate_are_counted_in_one_query()
    {
        var now = WholeSecondNow();
        var member = await app.CreatePersonAsync("Counted Reader", Roles.Member);
        var other = await app.CreatePersonAsync("Counted Poster", Roles.Member);

        async Task<(int Debates, int Queries)> ReadAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            using var counter = new QueryCounter();
            var open = await scope.ServiceProvider.GetRequiredService<DebatesOnNow>().OpenAsync(member.Id, isModerator: false);
            return (open.Count, counter.Count);
        }

        var first = await DebateSetup.CreateAsync(app, now.AddHours(-1), now.AddDays(1));
        await DebateSetup.AddThreadsAsync(app, first, other, 2);
        var few = await ReadAsync();
        for (var i = 0; i < 4; i++)
        {
            await DebateSetup.AddThreadsAsync(app, await DebateSetup.CreateAsync(app, now.AddHours(-1), now.AddDays(1)), other, 2);
        }
        var many = await ReadAsync();

        Assert.Equal(few.Debates + 4, many.Debates);
        Assert.Equal(1, few.Queries);
        Assert.Equal(1, many.Queries);
    }

    [Fact]
    public async Task A_debate_is_coming_up_until_the_instant_it_opens_and_then_open_and_never_both()
    {
        var now = WholeSecondNow();
        var later = await DebateSetup.CreateAsync(app, now.AddDays(1), now.AddDays(4));
        var title = await TitleOfAsync(later);
        using var browser = await SignedInAsync(await app.CreatePersonAsync("Early Member", Roles.Member));

        app.Clock.SetUtcNow(now.AddDays(1) - Tick);
        var before = await browser.GetAsync("/");
        Assert.Contains(title, Part(before.Text, "coming-debates", "</ul>"));
        Assert.DoesNotContain(title, Part(before.Text, "open-debates", "coming-debates"));

        app.Clock.SetUtcNow(now.AddDays(1));
        var after = await browser.GetAsync("/");
        Assert.Contains(title, Part(after.Text, "open-debates"));
        Assert.DoesNotContain(title, After(after.Text, "coming-debates"));
        Assert.Contains("Closes in 3 days", Card(Part(after.Text, "open-debates"), title));
    }

    [Fact]
    public async Task A_registered_member_gets_the_join_link_from_an_hour_before_the_start_until_the_end_and_no_one_else_does()
    {
        var now = WholeSecondNow();
        var registered = await app.CreatePersonAsync("Webinar Goer", Roles.Member);
        var unregistered = await app.CreatePersonAsync("Webinar Skipper", Roles.Member);
        var starts = now.AddHours(5);
        var webinarId = await WebinarSetup.CreateAsync(app, starts, null, null, registered.Id);
        using var goer = await SignedInAsync(registered);
        using var skipper = await SignedInAsync(unregistered);

        var early = await goer.GetAsync("/");
        var part = Part(early.Text, "next-webinar");
        Assert.Contains("Your next webinar", part);
        Assert.Contains($"href=\"webinars/{webinarId}\"", part);
        Assert.DoesNotContain(WebinarSetup.MeetingUrl, early.Text);

        app.Clock.SetUtcNow(starts - TimeSpan.FromHours(1) - Tick);
        Assert.DoesNotContain(WebinarSetup.MeetingUrl, (await goer.GetAsync("/")).Text);

        app.Clock.SetUtcNow(starts - TimeSpan.FromHours(1));
        Assert.Contains($"href=\"{WebinarSetup.MeetingUrl}\"", Part((await goer.GetAsync("/")).Text, "next-webinar"));
        var other = await skipper.GetAsync("/");
        Assert.Contains("Register for this webinar", Part(other.Text, "next-webinar"));
        Assert.DoesNotContain(WebinarSetup.MeetingUrl, other.Text);

        app.Clock.SetUtcNow(starts.AddHours(1) - Tick);
        Assert.Contains(WebinarSetup.MeetingUrl, (await goer.GetAsync("/")).Text);

        app.Clock.SetUtcNow(starts.AddHours(1));
        Assert.DoesNotContain(WebinarSetup.MeetingUrl, (await goer.GetAsync("/")).Text);
    }

    [Fact]
    public async Task A_participant_sees_the_member_check_open_to_them_until_it_closes_and_others_do_not()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        var (synthesisId, _) = await SynthesisSetup.FinalisedAsync(app, debate, coordinator);
        var now = WholeSecondNow();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var scheduled = await scope.ServiceProvider.GetRequiredService<MemberCheck>()
                .ScheduleAsync(new Actor(coordinator.Id, coordinator.DisplayName), synthesisId, now, now.AddDays(2));
            Assert.True(scheduled.Succeeded, string.Join(" ", scheduled.Errors.Select(e => e.Message)));
        }
        using var participant = await SignedInAsync(debate.Named);
        using var outsider = await SignedInAsync(await app.CreatePersonAsync("Not A Participant", Roles.Member));

        var rounds = Part((await participant.GetAsync("/")).Text, "review-rounds");
        Assert.Contains($"href=\"syntheses/{synthesisId}/review\"", rounds);
        Assert.Contains("Closes in 2 days", rounds);
        Assert.DoesNotContain("review-rounds", (await outsider.GetAsync("/")).Html);

        app.Clock.SetUtcNow(now.AddDays(2));
        Assert.DoesNotContain($"syntheses/{synthesisId}/review", (await participant.GetAsync("/")).Html);
    }

    /// <summary>The part of the page from the element marked <paramref name="testId"/> to <paramref name="end"/> after it.</summary>
    internal static string Part(string html, string testId, string end = "</section>")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no '{testId}' part:\n{html}");
        var stop = html.IndexOf(end, start, StringComparison.Ordinal);
        return stop < 0 ? html[start..] : html[start..stop];
    }

    private static string After(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..];
    }

    /// <summary>The list item of <paramref name="part"/> that shows <paramref name="title"/>.</summary>
    private static string Card(string part, string title)
    {
        var at = part.IndexOf(title, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{title}' is not in:\n{part}");
        var start = part.LastIndexOf("<li", at, StringComparison.Ordinal);
        return part[start..part.IndexOf("</li>", at, StringComparison.Ordinal)];
    }

    /// <summary>Counts the SQL commands EF Core runs in this test's flow of execution (other tests run beside it).</summary>
    private sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private static readonly AsyncLocal<QueryCounter?> Current = new();
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public QueryCounter()
        {
            Current.Value = this;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && Current.Value == this)
            {
                Interlocked.Increment(ref count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            Current.Value = null;
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
