using System.Globalization;
using Bunit;
using CommunityOfPractice.Web.Components.Shared;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Debates;

/// <summary>The room's small parts: post times in words, and the screen reader's new-post announcements.</summary>
public sealed class RoomPartsTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);

    public RoomPartsTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<TimeProvider>(clock);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private static string InLanguage(string language, Func<string> read)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Theory]
    [InlineData(180, "en", "3 hours ago")]
    [InlineData(180, "fr", "il y a 3 heures")]
    [InlineData(180, "es", "hace 3 horas")]
    [InlineData(24 * 60, "en", "yesterday")]
    [InlineData(6 * 24 * 60, "en", "6 days ago")]
    [InlineData(7 * 24 * 60, "en", "the exact time")]
    public void A_post_time_of_this_week_reads_in_words_and_an_older_one_exactly(int minutesAgo, string language, string expected) =>
        Assert.Equal(expected, InLanguage(language, () => RelativeTime.Of(Now.AddMinutes(-minutesAgo), Now, "the exact time")));

    private string Said(IRenderedComponent<NewPostsAnnouncer> announcer) => announcer.Find("[data-testid=announcer]").TextContent.TrimEnd('\u00A0');

    [Fact]
    public void New_posts_are_announced_at_once_then_gathered_for_a_few_quiet_seconds()
    {
        var announcer = Render<NewPostsAnnouncer>();
        Assert.Equal("", Said(announcer));

        announcer.InvokeAsync(announcer.Instance.Heard);
        Assert.Equal("1 new post", Said(announcer));

        announcer.InvokeAsync(announcer.Instance.Heard);
        announcer.InvokeAsync(announcer.Instance.Heard);
        clock.Advance(NewPostsAnnouncer.Quiet - TimeSpan.FromTicks(1));
        Assert.Equal("1 new post", Said(announcer));

        clock.Advance(TimeSpan.FromTicks(1));
        announcer.WaitForAssertion(() => Assert.Equal("2 new posts", Said(announcer)));

        // Nothing more came: the quiet time ends without a word, and the next post is told at once.
        clock.Advance(NewPostsAnnouncer.Quiet);
        announcer.InvokeAsync(announcer.Instance.Heard);
        announcer.WaitForAssertion(() => Assert.Equal("1 new post", Said(announcer)));
    }

    [Fact]
    public void The_same_words_twice_in_a_row_still_change_the_live_region_so_they_are_said_again()
    {
        var announcer = Render<NewPostsAnnouncer>();
        announcer.InvokeAsync(announcer.Instance.Heard);
        var first = announcer.Find("[data-testid=announcer]").TextContent;
        clock.Advance(NewPostsAnnouncer.Quiet);
        announcer.InvokeAsync(announcer.Instance.Heard);
        announcer.WaitForAssertion(() => Assert.NotEqual(first, announcer.Find("[data-testid=announcer]").TextContent));
        Assert.Equal("1 new post", Said(announcer));
    }
}
