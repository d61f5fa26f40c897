using System.Globalization;
using CommunityOfPractice.Web.Components.Shared;

namespace CommunityOfPractice.Tests.Platform;

public sealed class LocalTimeTests
{
    // The seed's first webinar: 27 June 2018, 12:00 GMT.
    private static readonly DateTimeOffset Webinar = new(2018, 6, 27, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Europe/Paris", "14:00", "UTC+02:00")]
    [InlineData("America/Sao_Paulo", "09:00", "UTC-03:00")]
    [InlineData("Asia/Kolkata", "17:30", "UTC+05:30")]
    [InlineData("Pacific/Auckland", "00:00", "UTC+12:00")]
    [InlineData("UTC", "12:00", "UTC")]
    public void An_instant_shows_in_the_viewers_zone_with_its_offset(string zone, string clock, string offset)
    {
        using var _ = new CultureScope("en-GB");
        var text = LocalTime.Format(Webinar, zone);
        Assert.Contains(clock, text);
        Assert.EndsWith($"({offset})", text);
    }

    [Fact]
    public void Daylight_saving_changes_the_offset_shown()
    {
        using var _ = new CultureScope("en-GB");
        Assert.EndsWith("(UTC+01:00)", LocalTime.Format(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Paris"));
        Assert.EndsWith("(UTC+02:00)", LocalTime.Format(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Paris"));
        Assert.EndsWith("(UTC+13:00)", LocalTime.Format(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "Pacific/Auckland"));
        // São Paulo kept summer time until 2019: January 2018 was UTC-2, January 2026 is UTC-3.
        Assert.EndsWith("(UTC-02:00)", LocalTime.Format(new DateTimeOffset(2018, 1, 15, 12, 0, 0, TimeSpan.Zero), "America/Sao_Paulo"));
        Assert.EndsWith("(UTC-03:00)", LocalTime.Format(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "America/Sao_Paulo"));
        Assert.EndsWith("(UTC+05:30)", LocalTime.Format(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "Asia/Kolkata"));
    }

    [Fact]
    public void An_unknown_zone_falls_back_to_UTC()
    {
        using var _ = new CultureScope("en-GB");
        Assert.EndsWith("(UTC)", LocalTime.Format(Webinar, "Not/AZone"));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = previous;
    }
}
