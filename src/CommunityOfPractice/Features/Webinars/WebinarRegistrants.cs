using System.Text;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>The registrant list moderators see, and its CSV export.</summary>
internal sealed class WebinarRegistrants(CommunityDbContext db)
{
    /// <summary>The registrants of a webinar <paramref name="viewerId"/> may see; none for a group's meeting they may not.</summary>
    public async Task<IReadOnlyList<Registrant>> ListAsync(int webinarId, string viewerId, CancellationToken cancellationToken = default) =>
        (await db.WebinarRegistrations.AsNoTracking().Where(r => r.WebinarId == webinarId && r.Status != RegistrationStatus.Cancelled
                && db.Webinars.VisibleTo(db, viewerId).Any(w => w.Id == webinarId))
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u })
            .Select(x => new Registrant(x.u.Id, x.u.DisplayName, x.u.Email ?? "", x.u.Organisation, x.u.CountryCode, x.r.Status, x.r.RegisteredAt, x.r.Attended))
            .ToListAsync(cancellationToken))
        .OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt).ToList();

    public static string ToCsv(IEnumerable<Registrant> registrants)
    {
        var csv = new StringBuilder();
        csv.Append("Name,Email,Organisation,Country,Status,Registered at (UTC),Attended\r\n");
        foreach (var r in registrants)
        {
            csv.AppendJoin(',', new[]
            {
                r.DisplayName, r.Email, r.Organisation ?? "", r.CountryCode, r.Status.ToString(),
                r.RegisteredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm"), r.Attended switch { true => "yes", false => "no", null => "" },
            }.Select(Csv.Field)).Append("\r\n");
        }
        return csv.ToString();
    }
}
