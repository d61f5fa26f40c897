using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// A coordinator, or a working group's chair for their group, drafts a statement with its signing window, optionally
/// as a translation of another. It stays a draft, seen by coordinators and the group's members, until its window opens.
/// </summary>
internal sealed class DraftStatement(CommunityDbContext db, StatementAccess access, MarkdownRenderer markdown, AuditLog audit, IStatementScheduler scheduler, TimeProvider clock)
{
    /// <param name="isCoordinator">Whether the host's coordinator rule (role and second factor) holds for the actor.</param>
    public async Task<CommandResult<Statement>> HandleAsync(Actor actor, bool isCoordinator, StatementCommand command, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (command.WorkingGroupId is { } groupId)
        {
            var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
            if (group is null || !(isCoordinator || (group.ChairId == actor.UserId && await access.IsAppointedAsync(groupId, actor.UserId, cancellationToken))))
            {
                return CommandResult<Statement>.Failed(nameof(command.WorkingGroupId), "Only coordinators and the group's chair can draft a statement for a working group.");
            }
            if (group.IsClosedAt(now))
            {
                return CommandResult<Statement>.Failed(nameof(command.WorkingGroupId), "The group's term has ended: it drafts no more statements.");
            }
        }
        else if (!isCoordinator)
        {
            return CommandResult<Statement>.Failed("", "Only coordinators and working group chairs can draft statements.");
        }
        var errors = StatementRules.ValidateText(command);
        errors.AddRange(StatementRules.ValidateWindow(command.OpensLocal, command.ClosesLocal, command.TimeZoneId, now, out var opensAt, out var closesAt));
        var translationKey = Guid.NewGuid().ToString("N");
        if (command.TranslationOf?.Trim() is { Length: > 0 } original)
        {
            var key = await db.Set<Statement>().Where(s => s.Slug == original).Select(s => s.TranslationKey).SingleOrDefaultAsync(cancellationToken);
            if (key is null)
            {
                errors.Add(new(nameof(command.TranslationOf), "Choose the statement this one translates from the list."));
            }
            else if (await HasVersionInAsync(db, key, command.Language, exceptId: 0, cancellationToken))
            {
                errors.Add(new(nameof(command.TranslationOf), "That statement already has a version in this language."));
            }
            else
            {
                translationKey = key;
            }
        }
        if (errors.Count > 0)
        {
            return CommandResult<Statement>.Failure(errors);
        }
        var title = command.Title.Trim();
        var statement = new Statement
        {
            Slug = await UniqueSlugAsync(title, cancellationToken),
            Title = title,
            Markdown = command.Markdown.Trim(),
            Html = markdown.ToSafeHtml(command.Markdown.Trim()),
            Language = command.Language,
            TranslationKey = translationKey,
            WorkingGroupId = command.WorkingGroupId,
            CreatedById = actor.UserId,
            CreatedAt = now,
            OpensAt = opensAt,
            ClosesAt = closesAt,
        };
        db.Add(statement);
        audit.Record(actor, "statement.drafted", null, statement.Title);
        audit.Record(actor, "statement.window-set", null, $"{statement.Title}: {opensAt:O} – {closesAt:O}");
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleTransitions(statement, now);
        return statement;
    }

    /// <summary>Whether a statement linked by <paramref name="translationKey"/>, other than <paramref name="exceptId"/>, is already in <paramref name="language"/>: one version per language.</summary>
    internal static Task<bool> HasVersionInAsync(CommunityDbContext db, string translationKey, string language, int exceptId, CancellationToken cancellationToken) =>
        db.Set<Statement>().AnyAsync(s => s.TranslationKey == translationKey && s.Language == language && s.Id != exceptId, cancellationToken);

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var slug = PracticeSlug.From(title);
        var taken = await db.Set<Statement>().Where(s => s.Slug == slug || s.Slug.StartsWith(slug + "-")).Select(s => s.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug) && slug != "new")
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            if (!taken.Contains($"{slug}-{n}"))
            {
                return $"{slug}-{n}";
            }
        }
    }
}
