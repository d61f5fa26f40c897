using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// The mails of a round's transitions: at opening, 48 hours before closing, and at closing. The round opens and
/// closes by the clock whatever runs; these are side effects. Each is claimed on the round's sent-once marker with a
/// conditional update before it is sent, so running this twice, late, or on two nodes at once mails each one once.
/// </summary>
internal sealed class RoundTransitions(CommunityDbContext db, IRoundMail mail, TimeProvider clock)
{
    public static readonly TimeSpan ReminderBeforeClosing = TimeSpan.FromHours(48);

    public async Task ApplyAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var round = await db.ConsultationRounds.AsNoTracking().Include(r => r.Version).ThenInclude(v => v!.Document)
            .SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round?.Version?.Document is not { } document)
        {
            return;
        }
        var now = clock.GetUtcNow();
        // A round found already closed says only that it closed: the opening and the reminder are past news.
        if (round.IsOpenAt(now) && round.OpeningAnnouncedAt is null
            && await db.ConsultationRounds.Where(r => r.Id == roundId && r.OpeningAnnouncedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.OpeningAnnouncedAt, now), cancellationToken) == 1)
        {
            foreach (var member in await Debates.DebateTransitions.InterestedMembersAsync(db, cancellationToken))
            {
                await mail.SendOpenedAsync(member, document, round, cancellationToken);
            }
        }
        if (round.IsOpenAt(now) && now >= round.ClosesAt - ReminderBeforeClosing && round.ClosingReminderSentAt is null
            && await db.ConsultationRounds.Where(r => r.Id == roundId && r.ClosingReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosingReminderSentAt, now), cancellationToken) == 1)
        {
            foreach (var member in await Debates.DebateTransitions.InterestedMembersAsync(db, cancellationToken))
            {
                await mail.SendClosingSoonAsync(member, document, round, cancellationToken);
            }
        }
        if (round.HasClosedAt(now) && round.ClosingNoticeFor != round.ClosesAt
            && await db.ConsultationRounds.Where(r => r.Id == roundId && r.ClosesAt == round.ClosesAt && (r.ClosingNoticeFor == null || r.ClosingNoticeFor != r.ClosesAt))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosingNoticeFor, round.ClosesAt), cancellationToken) == 1)
        {
            foreach (var member in await Debates.DebateTransitions.InterestedMembersAsync(db, cancellationToken))
            {
                await mail.SendClosedAsync(member, document, round, cancellationToken);
            }
        }
    }

    /// <summary>Every round not yet closed out: what a lost job should have done is done now. Returns those rounds.</summary>
    public async Task<IReadOnlyList<ConsultationRound>> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = await db.ConsultationRounds.AsNoTracking()
            .Where(r => r.ClosingNoticeFor == null || r.ClosingNoticeFor != r.ClosesAt)
            .ToListAsync(cancellationToken);
        foreach (var round in unfinished)
        {
            await ApplyAsync(round.Id, cancellationToken);
        }
        return unfinished;
    }
}
