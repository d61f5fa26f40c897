using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Statements;

/// <summary>
/// Whoever runs a statement changes its title, text and language while it is a draft, under the rules of drafting; its
/// slug stays, as links to it have been shared. Once its window has opened the text is locked: organisations sign it as
/// it stands. The lock is read from the clock again just before the commit.
/// </summary>
internal sealed class EditStatement(CommunityDbContext db, StatementAccess access, MarkdownRenderer markdown, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(Actor actor, bool isCoordinator, int statementId, StatementCommand command, CancellationToken cancellationToken = default)
    {
        var statement = await db.Set<Statement>().SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null || !await access.CanRunAsync(statement, actor.UserId, isCoordinator, cancellationToken))
        {
            return CommandResult.Failed("", "Only coordinators and the group's chair can edit this statement.");
        }
        if (await LockedAsync(statement, cancellationToken) is { } locked)
        {
            return CommandResult.Failure([locked]);
        }
        var errors = StatementRules.ValidateText(command);
        if (errors.Count == 0 && command.Language != statement.Language
            && await DraftStatement.HasVersionInAsync(db, statement.TranslationKey, command.Language, statement.Id, cancellationToken))
        {
            errors.Add(new(nameof(command.Language), "A linked translation of this statement is already in this language."));
        }
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        var previous = statement.Title;
        statement.Title = command.Title.Trim();
        statement.Markdown = command.Markdown.Trim();
        statement.Html = markdown.ToSafeHtml(statement.Markdown);
        statement.Language = command.Language;
        audit.Record(actor, "statement.edited", null, previous == statement.Title ? statement.Title : $"{statement.Title} (was: {previous})");
        // A form sent a moment before the opening and saved after it (or after a first signature) is refused.
        if (await LockedAsync(statement, cancellationToken) is { } late)
        {
            return CommandResult.Failure([late]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private async Task<FieldError?> LockedAsync(Statement statement, CancellationToken cancellationToken) =>
        StatementRules.CheckEditing(statement, clock.GetUtcNow(), await db.Set<StatementSignature>().AnyAsync(s => s.StatementId == statement.Id, cancellationToken));
}
