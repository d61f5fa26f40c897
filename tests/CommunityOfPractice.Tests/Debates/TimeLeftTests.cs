using System.Globalization;
using Bunit;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Debates;

/// <summary>The window in words at its boundaries, in three languages, and the countdown of the last hour.</summary>
public sealed class TimeLeftTests : BunitContext
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = Opens.AddDays(5);
    private readonly FakeTimeProvider clock = new(Opens.AddDays(-3));

    public TimeLeftTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<TimeProvider>(clock);
        // As prerendered: read once, no countdown.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    private string TextAt(DateTimeOffset now, string language = "en")
    {
        clock.SetUtcNow(now);
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return Render<TimeLeft>(p => p.Add(c => c.OpensAt, Opens).Add(c => c.ClosesAt, Closes)).Find("[data-testid=time-left]").TextContent;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Theory]
    [InlineData(-3 * 24 * 60, "en", "Opens in 3 days")]
    [InlineData(0, "en", "Closes in 5 days")]
    [InlineData(5 * 24 * 60 - 121, "en", "Closes in 2 hours")]
    [InlineData(3 * 24 * 60 + 60, "en", "Closes in 1 day, 23 hours")]
    [InlineData(3 * 24 * 60 + 60, "fr", "Se termine dans 1 jour, 23 heures")]
    [InlineData(5 * 24 * 60 - 42, "en", "Closes in 42 minutes")]
    [InlineData(5 * 24 * 60, "en", "Closed now")]
    [InlineData(5 * 24 * 60 + 120, "en", "Closed 2 hours ago")]
    [InlineData(0, "fr", "Se termine dans 5 jours")]
    [InlineData(5 * 24 * 60 + 120, "fr", "Terminé il y a 2 heures")]
    [InlineData(0, "es", "Cierra en 5 días")]
    [InlineData(5 * 24 * 60 + 120, "es", "Cerrado hace 2 horas")]
    public void The_window_reads_in_words(int minutesAfterOpening, string language, string expected) =>
        Assert.Equal(expected, TextAt(Opens.AddMinutes(minutesAfterOpening), language));

    [Fact]
    public void The_last_minute_counts_seconds()
    {
        Assert.Equal("Closes in 30 seconds", TextAt(Closes.AddSeconds(-30)));
    }

    [Fact]
    public void A_live_room_counts_down_by_itself_and_says_closed_at_the_closing_instant()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        clock.SetUtcNow(Closes.AddSeconds(-65));
        var shown = Render<TimeLeft>(p => p.Add(c => c.OpensAt, Opens).Add(c => c.ClosesAt, Closes));
        Assert.Equal("Closes in 1 minute", shown.Find("[data-testid=time-left]").TextContent);

        clock.Advance(TimeSpan.FromSeconds(10));
        shown.WaitForAssertion(() => Assert.Equal("Closes in 55 seconds", shown.Find("[data-testid=time-left]").TextContent));

        clock.Advance(TimeSpan.FromSeconds(55));
        shown.WaitForAssertion(() => Assert.Equal("Closed now", shown.Find("[data-testid=time-left]").TextContent));
    }

    [Fact]
    public void A_static_page_hands_its_countdown_to_the_browser_with_its_words()
    {
        clock.SetUtcNow(Closes.AddHours(-2));
        var left = Render<TimeLeft>(p => p.Add(c => c.OpensAt, Opens).Add(c => c.ClosesAt, Closes)).Find("[data-testid=time-left]");
        Assert.True(left.HasAttribute("data-time-left"), "A static page's countdown is marked for js/relative-time.js.");
        Assert.Equal("2026-12-01T09:00:00Z", left.GetAttribute("data-opens"));
        Assert.Equal("2026-12-06T09:00:00Z", left.GetAttribute("data-closes"));
        Assert.Equal("Opens in {0}", left.GetAttribute("data-opens-in"));
        Assert.Equal("Closes in {0}", left.GetAttribute("data-closes-in"));
        Assert.Equal("Closed {0}", left.GetAttribute("data-closed"));
        Assert.Equal("Closes in 2 hours", left.TextContent);
    }

    [Fact]
    public void A_closed_window_or_a_live_room_has_nothing_for_the_browser_to_count()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        clock.SetUtcNow(Closes.AddHours(-2));
        var live = Render<TimeLeft>(p => p.Add(c => c.OpensAt, Opens).Add(c => c.ClosesAt, Closes)).Find("[data-testid=time-left]");
        Assert.False(live.HasAttribute("data-time-left"), "A live room counts down on the server: the browser leaves it alone.");

        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        clock.SetUtcNow(Closes);
        var closed = Render<TimeLeft>(p => p.Add(c => c.OpensAt, Opens).Add(c => c.ClosesAt, Closes)).Find("[data-testid=time-left]");
        Assert.False(closed.HasAttribute("data-time-left"), "A closed window does not count down.");
    }
}
