using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Tests.Mail;

public sealed class DigestScheduleTests
{
    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Nairobi is UTC+3 all year: 08:00 there is 05:00 UTC.
    [InlineData("2026-03-10T04:59:59Z", "Africa/Nairobi", "2026-03-10T05:00:00Z")]
    [InlineData("2026-03-10T05:00:00Z", "Africa/Nairobi", "2026-03-11T05:00:00Z")]
    [InlineData("2026-03-10T05:00:00.0000001Z", "Africa/Nairobi", "2026-03-11T05:00:00Z")]
    // Half-hour zones fall on a quarter hour: the recurring job runs on each.
    [InlineData("2026-06-01T00:00:00Z", "Asia/Kolkata", "2026-06-01T02:30:00Z")]
    [InlineData("2026-06-01T00:00:00Z", "Asia/Kathmandu", "2026-06-01T02:15:00Z")]
    // The night Paris moves to summer time: the morning after comes 23 hours later, still at 08:00 local.
    [InlineData("2026-03-28T07:00:00Z", "Europe/Paris", "2026-03-29T06:00:00Z")]
    // Across the international date line, the local day decides.
    [InlineData("2026-06-01T19:00:00Z", "Pacific/Auckland", "2026-06-01T20:00:00Z")]
    // An unknown zone is taken as UTC rather than failing the member's digest.
    [InlineData("2026-06-01T09:00:00Z", "Mars/Olympus_Mons", "2026-06-02T08:00:00Z")]
    public void A_daily_digest_is_due_at_the_next_local_eight_strictly_after_the_instant(string after, string zone, string expected) =>
        Assert.Equal(Utc(expected), DigestSchedule.NextAfter(Utc(after), zone, MailFrequency.Daily));

    [Theory]
    // 2026-03-10 is a Tuesday: the next Monday is 16 March.
    [InlineData("2026-03-10T12:00:00Z", "2026-03-16T05:00:00Z")]
    // A Monday before eight: that same morning.
    [InlineData("2026-03-16T04:00:00Z", "2026-03-16T05:00:00Z")]
    // A Monday at eight exactly: the next Monday.
    [InlineData("2026-03-16T05:00:00Z", "2026-03-23T05:00:00Z")]
    public void A_weekly_digest_is_due_on_monday_at_eight(string after, string expected) =>
        Assert.Equal(Utc(expected), DigestSchedule.NextAfter(Utc(after), "Africa/Nairobi", MailFrequency.Weekly));

    [Theory]
    [InlineData(MailFrequency.Immediate)]
    [InlineData(MailFrequency.Never)]
    public void No_digest_is_planned_for_members_who_get_none(MailFrequency frequency) =>
        Assert.Null(DigestSchedule.NextAfter(Utc("2026-03-10T12:00:00Z"), "Africa/Nairobi", frequency));
}
