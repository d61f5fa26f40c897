using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// What the next version and the endorsement both wait for: the round on the current version has closed and every
/// proposal made in it has an answer. A version without a round is settled.
/// </summary>
internal static class RoundSettled
{
    public static async Task<FieldError?> RefusalAsync(CommunityDbContext db, StandardVersion version, DateTimeOffset now, string field, CancellationToken cancellationToken)
    {
        if (await db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.VersionId == version.Id, cancellationToken) is not { } round)
        {
            return null;
        }
        if (!round.HasClosedAt(now))
        {
            return new FieldError(field, "The consultation on version {0} closes on {1:u}; publish the next version after it.", version.Number, round.ClosesAt);
        }
        var unanswered = await db.StandardProposals.CountAsync(p => p.RoundId == round.Id && p.Answer == null, cancellationToken);
        return unanswered > 0
            ? new FieldError(field, "Answer every proposal of the consultation before publishing the next version: {0} still have no answer.", unanswered)
            : null;
    }
}
