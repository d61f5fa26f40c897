using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>The .ics invitation for a webinar: a stable UID per webinar, times in UTC.</summary>
public static class WebinarInvitation
{
    public static string UidOf(Webinar webinar) => $"webinar-{webinar.Id}@community-of-practice";

    public static string Create(Webinar webinar, string pageUrl, int sequence = 0)
    {
        var calendar = new Calendar { Method = "REQUEST" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = UidOf(webinar),
            Sequence = sequence,
            Summary = webinar.Title,
            Description = pageUrl,
            Location = webinar.MeetingUrl,
            Url = new Uri(pageUrl),
            DtStart = new CalDateTime(webinar.StartsAt.UtcDateTime, "UTC"),
            DtEnd = new CalDateTime(webinar.EndsAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
