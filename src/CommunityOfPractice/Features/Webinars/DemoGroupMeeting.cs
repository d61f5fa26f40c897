namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A meeting of the demo working group named <c>GroupName</c>, scheduled by its chair at noon UTC <c>StartsInDays</c> from
/// today, with the group's members in <c>RegistrantEmails</c> registered.
/// </summary>
internal sealed record DemoGroupMeeting(string GroupName, string Title, string Description, string MeetingUrl, string[] RegistrantEmails,
    int StartsInDays = 7, int Minutes = 60, string? Languages = null);
