using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// The .ics of a webinar: a stable UID per webinar, times in UTC, SEQUENCE raised on each change of time, a DTSTAMP,
/// and the webinar page as URL. Mailed to a registered member it is a scheduling message (RFC 5546): METHOD:REQUEST,
/// or METHOD:CANCEL with STATUS:CANCELLED once the webinar is cancelled, from the community (ORGANIZER) to the member
/// (ATTENDEE, accepted). Downloaded again it is a copy to add (METHOD:PUBLISH). Both give registered people the meeting
/// link in DESCRIPTION as well as in LOCATION.
/// </summary>
internal static class WebinarInvitation
{
    public static string UidOf(Webinar webinar) => $"webinar-{webinar.Id}@community-of-practice";

    /// <summary>The scheduling message mailed to <paramref name="attendee"/>, a registered member.</summary>
    public static string Create(Webinar webinar, string pageUrl, CalendarPerson organizer, CalendarPerson attendee)
    {
        var calendar = new Calendar { Method = webinar.CancelledAt is null ? "REQUEST" : "CANCEL" };
        var invitation = EventOf(webinar, pageUrl, withMeetingLink: true);
        invitation.Organizer = new Organizer($"mailto:{organizer.Email}") { CommonName = organizer.Name };
        invitation.Attendees.Add(new Attendee($"mailto:{attendee.Email}") { CommonName = attendee.Name, Role = "REQ-PARTICIPANT", ParticipationStatus = "ACCEPTED" });
        calendar.Events.Add(invitation);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>The copy a registered member downloads from the webinar page: not a scheduling message.</summary>
    public static string Publish(Webinar webinar, string pageUrl)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.Events.Add(EventOf(webinar, pageUrl, withMeetingLink: true));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static CalendarEvent EventOf(Webinar webinar, string pageUrl, bool withMeetingLink = false) => new()
    {
        Uid = UidOf(webinar),
        Sequence = webinar.Sequence,
        DtStamp = new CalDateTime(DateTime.UtcNow, "UTC"),
        Summary = webinar.Title,
        Description = withMeetingLink && webinar.MeetingUrl is { Length: > 0 } meeting ? $"{meeting}\n\n{pageUrl}" : pageUrl,
        Location = webinar.MeetingUrl,
        Url = new Uri(pageUrl),
        Status = webinar.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
        DtStart = new CalDateTime(webinar.StartsAt.UtcDateTime, "UTC"),
        DtEnd = new CalDateTime(webinar.EndsAt.UtcDateTime, "UTC"),
    };
}
