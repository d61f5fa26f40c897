using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>The member checks a member may take part in now, for their home.</summary>
internal sealed class ReviewRounds(CommunityDbContext db, SynthesisAccess access, TimeProvider clock)
{
    /// <summary>The syntheses whose member check is open now, of debates <paramref name="userId"/> took part in, closing soonest first.</summary>
    public async Task<IReadOnlyList<ReviewRound>> OpenToAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var theirs = access.DebateIdsOf(userId);
        return await db.Syntheses.AsNoTracking()
            .Where(s => s.ReviewOpensAt <= now && now < s.ReviewClosesAt && theirs.Contains(s.DebateId))
            .OrderBy(s => s.ReviewClosesAt)
            .Select(s => new ReviewRound(s.Id, s.Debate!.Title, s.ReviewOpensAt!.Value, s.ReviewClosesAt!.Value,
                db.SynthesisEndorsements.Any(e => e.SynthesisId == s.Id && e.UserId == userId)))
            .ToListAsync(cancellationToken);
    }
}
