namespace CommunityOfPractice.Features.Mail;

/// <summary>When a member's next digest is due: their local morning hour, every day or every Monday.</summary>
internal static class DigestSchedule
{
    /// <summary>The local hour at which digests go out (08:00).</summary>
    public const int MorningHour = 8;

    /// <summary>
    /// The first local <see cref="MorningHour"/> strictly after <paramref name="after"/> in <paramref name="timeZoneId"/>
    /// (a Monday for <see cref="MailFrequency.Weekly"/>), as a UTC instant; null when the member gets no digest. A
    /// morning hour that a daylight-saving change skips is taken an hour later; one that happens twice, the first time.
    /// </summary>
    public static DateTimeOffset? NextAfter(DateTimeOffset after, string timeZoneId, MailFrequency frequency)
    {
        if (frequency is not (MailFrequency.Daily or MailFrequency.Weekly))
        {
            return null;
        }
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var localDay = TimeZoneInfo.ConvertTime(after, zone).Date;
        for (var day = localDay; ; day = day.AddDays(1))
        {
            if (frequency == MailFrequency.Weekly && day.DayOfWeek != DayOfWeek.Monday)
            {
                continue;
            }
            var instant = ToUtc(day.AddHours(MorningHour), zone);
            if (instant > after)
            {
                return instant;
            }
        }
    }

    /// <summary>How far back a digest sent at a due instant looks when the member had none before.</summary>
    public static TimeSpan Period(MailFrequency frequency) => frequency == MailFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}
