using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>What a member's digest tells about webinars: those coming soon, and those announced since the last one.</summary>
internal sealed class WebinarDigest(CommunityDbContext db)
{
    public const int MaxWebinars = 10;

    public async Task<IReadOnlyList<DigestWebinar>> GatherAsync(AppUser member, DigestPeriod period, CancellationToken cancellationToken = default)
    {
        if (!member.NotifyWebinars)
        {
            return [];
        }
        var (from, to, horizon) = (period.From, period.To, period.To + period.LookAhead);
        return await db.Webinars.AsNoTracking().OfTheCommunity()
            .Where(w => w.CancelledAt == null && w.StartsAt > to && (w.StartsAt <= horizon || w.CreatedAt > from))
            .OrderBy(w => w.StartsAt).Take(MaxWebinars)
            .Select(w => new DigestWebinar(w.Id, w.Title, w.StartsAt,
                db.WebinarRegistrations.Any(r => r.WebinarId == w.Id && r.UserId == member.Id && r.Status == RegistrationStatus.Registered)))
            .ToListAsync(cancellationToken);
    }
}
