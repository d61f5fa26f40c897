using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// The drafters declare the latest published version final and open its endorsement window. Like publishing a next
/// version, it waits for the round on that version to close and for every proposal to have an answer.
/// </summary>
internal sealed class OpenEndorsement(CommunityDbContext db, StandardAccess access, AuditLog audit, IStandardPublication publication, TimeProvider clock)
{
    public async Task<CommandResult<StandardDocument>> HandleAsync(Actor drafter, int documentId, DateTimeOffset opensAt, DateTimeOffset closesAt, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(drafter.UserId, cancellationToken))
        {
            return Refused("Only coordinators can draft standards.");
        }
        var now = clock.GetUtcNow();
        if (closesAt <= opensAt)
        {
            return Refused("The endorsement window must close after it opens.");
        }
        if (closesAt <= now)
        {
            return Refused("The closing time is already past.");
        }
        var document = await db.StandardDocuments.OfTheCommunity().SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return Refused("This standard does not exist.");
        }
        var latest = await db.StandardVersions.AsNoTracking().Where(v => v.DocumentId == documentId && v.PublishedAt != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return Refused("Publish the version before opening it for endorsement.");
        }
        if (await RoundSettled.RefusalAsync(db, latest, now, "", cancellationToken) is { } unsettled)
        {
            return CommandResult<StandardDocument>.Failure([unsettled]);
        }
        document.FinalVersionId = latest.Id;
        document.EndorsementOpensAt = opensAt;
        document.EndorsementClosesAt = closesAt;
        audit.Record(drafter, "standard.endorsement-opened", null, $"{document.Title} v{latest.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await publication.ChangedAsync(cancellationToken);
        return document;
    }

    private static CommandResult<StandardDocument> Refused(string message, params object[] arguments) =>
        CommandResult<StandardDocument>.Failed("", message, arguments);
}
