using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Reads a round's contributions with their authors' profiles and counts them (<see cref="RoundParticipation"/>).</summary>
internal sealed class RoundReport(CommunityDbContext db)
{
    public async Task<RoundFigures> FiguresAsync(int roundId, CancellationToken cancellationToken = default) =>
        RoundParticipation.Count(await ContributionsAsync(roundId, cancellationToken));

    public async Task<IReadOnlyList<RoundContribution>> ContributionsAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var comments = await db.StandardComments.AsNoTracking().Where(c => c.RoundId == roundId)
            .Select(c => new RoundContribution(c.Id, false, c.Status == StandardCommentStatus.Published, c.Consent, c.Markdown, c.AuthorId,
                c.Author!.DisplayName, c.Author.Category, c.Author.NcdAreas, c.Author.CountryCode, c.Author.DeletedAt != null, c.Author.ShowCategory, c.Author.ShowCountry))
            .ToListAsync(cancellationToken);
        var proposals = await db.StandardProposals.AsNoTracking().Where(p => p.RoundId == roundId)
            .Select(p => new RoundContribution(p.Id, true, p.HiddenReason == null, p.Consent, p.ProposedText, p.AuthorId,
                p.Author!.DisplayName, p.Author.Category, p.Author.NcdAreas, p.Author.CountryCode, p.Author.DeletedAt != null, p.Author.ShowCategory, p.Author.ShowCountry))
            .ToListAsync(cancellationToken);
        return [.. comments, .. proposals];
    }
}
