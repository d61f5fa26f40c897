using System.Security.Cryptography;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Data;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A member's private calendar feed: their registered webinars (a working group's meetings while they are in the group)
/// and the windows of the debates they follow,
/// at an address holding a secret token that any calendar app can subscribe to and the member can reset.
/// </summary>
internal sealed class CalendarFeed(CommunityDbContext db, TimeProvider clock)
{
    private const int TokenBytes = 32;

    public async Task<string> TokenOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        if (user.CalendarFeedToken is null)
        {
            user.CalendarFeedToken = NewToken();
            await db.SaveChangesAsync(cancellationToken);
        }
        return user.CalendarFeedToken;
    }

    /// <summary>A new secret: the old address stops working at once.</summary>
    public async Task<string> ResetAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.CalendarFeedToken = NewToken();
        await db.SaveChangesAsync(cancellationToken);
        return user.CalendarFeedToken;
    }

    /// <summary>The feed for a token, or null when no member holds it (forged, reset or tampered).</summary>
    public async Task<string?> BuildAsync(string token, Func<string, string> absoluteUrl, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.CalendarFeedToken == token && u.DeletedAt == null, cancellationToken);
        if (user is null || !CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(user.CalendarFeedToken!), System.Text.Encoding.ASCII.GetBytes(token)))
        {
            return null;
        }
        // Only while its owner is a member: a feed URL outlives a removed role in every calendar it was pasted into.
        if (!(await new Debates.DebateAccess(db).RolesOfAsync(user.Id, cancellationToken)).IsMember)
        {
            return null;
        }
        var since = clock.GetUtcNow().AddDays(-120);
        // The feed outlives a member's place in a group (it is pasted into calendars), so a group's meeting is in it only
        // while its registrant is still appointed to the group: read at every fetch, it drops out when they leave.
        var webinars = await db.Webinars.AsNoTracking().OpenToRegistrationBy(db, user.Id)
            .Where(w => w.EndsAt > since && db.WebinarRegistrations.Any(r => r.WebinarId == w.Id && r.UserId == user.Id && r.Status == RegistrationStatus.Registered))
            .OrderBy(w => w.StartsAt).ToListAsync(cancellationToken);
        var debates = await db.Debates.AsNoTracking().VisibleTo(db, user.Id)
            .Where(d => d.IsPublished && d.ClosesAt > since && db.DebateFollows.Any(f => f.DebateId == d.Id && f.UserId == user.Id))
            .OrderBy(d => d.OpensAt).ToListAsync(cancellationToken);

        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", "Community of practice");
        foreach (var webinar in webinars)
        {
            calendar.Events.Add(WebinarInvitation.EventOf(webinar, absoluteUrl($"webinars/{webinar.Id}")));
        }
        foreach (var debate in debates)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"debate-{debate.Id}@community-of-practice",
                Summary = debate.Title,
                Description = absoluteUrl($"debates/{debate.Id}"),
                Url = new Uri(absoluteUrl($"debates/{debate.Id}")),
                DtStart = new CalDateTime(debate.OpensAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(debate.ClosesAt.UtcDateTime, "UTC"),
            });
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool IsWellFormed(string token) =>
        token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
