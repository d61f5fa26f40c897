using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

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
        var paragraph = await db.StandardParagraphs.AsNoTracking()
            .SingleOrDefaultAsync(p => p.VersionId == round.VersionId && p.Key == command.ParagraphKey, cancellationToken);
        if (paragraph is null)
        {
            return (null, new FieldError(field, "This paragraph is no longer in the version under consultation. Reload the page: your text is kept."));
        }
        var chosen = command.Consent ?? await db.Users.Where(u => u.Id == authorId).Select(u => u.DefaultQuotingConsent).SingleAsync(cancellationToken);
        return (new Target(round, paragraph, chosen), null);
    }
}
