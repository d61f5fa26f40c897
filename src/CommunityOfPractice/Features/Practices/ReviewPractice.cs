using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// Curators comment on an entry, send it back for changes, publish it (a new revision the public sees), reject
/// it or unpublish it. Each step is a review note, an audit entry and a mail to the submitter.
/// </summary>
internal sealed class ReviewPractice(CommunityDbContext db, DebateAccess access, AuditLog audit, IPracticeMail mail, IPracticePublication publication, PracticeSearchIndex index, TimeProvider clock)
{
    public const int MaxNoteLength = 4000;

    public async Task<CommandResult> DecideAsync(Actor curator, int practiceId, PracticeReviewAction action, string? text, CancellationToken cancellationToken = default)
    {
        var isCurator = (await access.RolesOfAsync(curator.UserId, cancellationToken)).IsModerator;
        if (!isCurator)
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        text = text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        if (text is { Length: > MaxNoteLength })
        {
            return CommandResult.Failed("Text", "The text must be at most {0} characters.", MaxNoteLength);
        }
        if (text is null && action is PracticeReviewAction.Comment or PracticeReviewAction.ChangesRequested or PracticeReviewAction.Rejected or PracticeReviewAction.Unpublished)
        {
            return CommandResult.Failed("Text", "Write a note for the submitter: they receive it.");
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null)
        {
            return CommandResult.Failed("", "This entry does not exist.");
        }
        if (!PracticePermissions.CanDecide(action, practice.Status, isCurator))
        {
            return CommandResult.Failed("", "This entry has changed since you opened it: reload the page.");
        }
        if (action == PracticeReviewAction.Published)
        {
            var themes = await db.PracticeThemes.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
            if (SubmitPractice.Validate(PracticeCommand.From(practice.Content), complete: true, themes, now.Year, out _).Count > 0)
            {
                return CommandResult.Failed("", "This entry is not complete: send it back to its submitter.");
            }
            await PublishAsync(curator, practice, now, cancellationToken);
        }
        else if (action != PracticeReviewAction.Comment)
        {
            practice.Status = PracticePermissions.After(action);
            if (action == PracticeReviewAction.Unpublished)
            {
                practice.PublicRevisionId = null;
                await index.RemoveAsync(practice.Id, cancellationToken);
            }
        }
        practice.UpdatedAt = now;
        db.PracticeReviewNotes.Add(new PracticeReviewNote { PracticeId = practice.Id, AuthorId = curator.UserId, AuthorName = curator.DisplayName, Action = action, Text = text, At = now });
        audit.Record(curator, "practice." + action.ToString().ToLowerInvariant(), null, text is null ? practice.Content.Title : $"{practice.Content.Title}: {text}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (action is PracticeReviewAction.Published or PracticeReviewAction.Unpublished)
        {
            await publication.ChangedAsync(cancellationToken);
        }
        await mail.SendDecisionAsync(practice, action, text, cancellationToken);
        return CommandResult.Success;
    }

    private async Task PublishAsync(Actor curator, Practice practice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = await db.PracticeRevisions.Where(r => r.PracticeId == practice.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var revision = new PracticeRevision { PracticeId = practice.Id, Number = number + 1, Content = practice.Content.Copy(), PublishedAt = now, PublishedById = curator.UserId };
        db.PracticeRevisions.Add(revision);
        if (practice.FirstPublishedAt is null)
        {
            practice.FirstPublishedAt = now;
            practice.Slug = await PracticeSlug.UniqueAsync(db, practice.Content.Title, practice.Id, cancellationToken);
        }
        practice.Status = PracticeStatus.Published;
        await db.SaveChangesAsync(cancellationToken);
        practice.PublicRevisionId = revision.Id;
        await index.UpsertAsync(practice.Id, revision.Content, cancellationToken);
    }
}
