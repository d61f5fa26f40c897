namespace CommunityOfPractice.Features.Mail;

/// <summary>
/// How a member hears about what happens in the community: every reply and opening as it happens, or gathered into
/// one mail a day or a week at their local morning hour, or not at all. Mail about their account and the calendar
/// messages of the webinars they registered for come regardless.
/// </summary>
public enum MailFrequency
{
    Immediate,
    Daily,
    Weekly,
    Never,
}
