using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommunityOfPractice.Features.Standards;

/// <summary>What a contribution checks before it is written: who writes, to which round, on which paragraph, with what consent.</summary>
internal static class ConsultationContext
{
    public sealed record Target(ConsultationRound Round, StandardParagraph Paragraph, QuotingConsent Consent);

    public static async Task<(Target? Target, FieldError? Refusal)> FindAsync(
        CommunityDbContext db, StandardAccess access, string authorId, ContributionCommand command, string field, CancellationToken cancellationToken)
    {
        if (command.Consent is { } consent && !Enum.IsDefined(consent))
        {
            return (null, new FieldError("Consent", "Choose how you may be quoted."));
        }
        if (!await access.IsMemberAsync(authorId, cancellationToken))
        {
            return (null, new FieldError(field, "Only members can take part in a consultation."));
        }
        var round = await db.ConsultationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RoundId, cancellationToken);
        if (round is null)
        {
            return (null, new FieldError(field, "This consultation does not exist."));
        }
        if (await RoundContributions.IsSuspendedAsync(db, round.Id, authorId, cancellationToken))
        {
            return (null, new FieldError(field, RoundContributions.SuspendedMessage));
        }
        var paragraph = await db.StandardParagraphs.AsNoTracking()
            .SingleOrDefaultAsync(p => p.VersionId == round.VersionId && p.Key == command.ParagraphKey, cancellationToken);
        if (paragraph is null)
        {
            return (null, new FieldError(field, "This paragraph is no longer in the version under consultation. Reload the page: your text is kept."));
        }
        var chosen = command.Consent ?? await db.Users.Where(u => u.Id == authorId).Select(u => u.DefaultQuotingConsent).SingleAsync(cancellationToken);
        return (new Target(round, paragraph, chosen), null);
    }

    /// <summary>
    /// Writes a contribution if the round is open now, read from the clock at commit time, inside the transaction the
    /// checks ran in; otherwise nothing is written and the refusal says when the round opens or closed.
    /// </summary>
    public static async Task<FieldError?> CommitInWindowAsync<T>(
        CommunityDbContext db, IDbContextTransaction transaction, ConsultationRound round, TimeProvider clock, T contribution, Action<T, DateTimeOffset> stamp, CancellationToken cancellationToken)
        where T : class
    {
        var now = clock.GetUtcNow();
        if (ConsultationWindow.Refusal(round, now, "Text") is { } closed)
        {
            return closed;
        }
        stamp(contribution, now);
        db.Add(contribution);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
