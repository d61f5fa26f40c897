namespace CommunityOfPractice.Features.Mail;

/// <summary>What a digest tells about: what happened in <c>(From, To]</c>, and what comes soon after <see cref="To"/>.</summary>
internal sealed record DigestPeriod(DateTimeOffset From, DateTimeOffset To, MailFrequency Frequency)
{
    /// <summary>How far ahead "soon" reaches: the two days after a daily digest, the two weeks after a weekly one.</summary>
    public TimeSpan LookAhead => 2 * DigestSchedule.Period(Frequency);
}
