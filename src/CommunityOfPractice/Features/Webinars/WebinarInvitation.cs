using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// The .ics invitation for a webinar: a stable UID per webinar, times in UTC, SEQUENCE raised on each change
/// of time, and a cancellation (METHOD:CANCEL, STATUS:CANCELLED) once the webinar is cancelled.
/// </summary>
public static class WebinarInvitation
{
    public static string UidOf(Webinar webinar) => $"webinar-{webinar.Id}@community-of-practice";

    public static string Create(Webinar webinar, string pageUrl)
    {
        var calendar = new Calendar { Method = webinar.CancelledAt is null ? "REQUEST" : "CANCEL" };
        calendar.Events.Add(EventOf(webinar, pageUrl));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    public static CalendarEvent EventOf(Webinar webinar, string pageUrl) => new()
    {
        Uid = UidOf(webinar),
        Sequence = webinar.Sequence,
        Summary = webinar.Title,
        Description = pageUrl,
        Location = webinar.MeetingUrl,
        Url = new Uri(pageUrl),
        Status = webinar.CancelledAt is null ? "CONFIRMED" : "CANCELLED",
        DtStart = new CalDateTime(webinar.StartsAt.UtcDateTime, "UTC"),
        DtEnd = new CalDateTime(webinar.EndsAt.UtcDateTime, "UTC"),
    };
}
