using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member comments on a paragraph while the round is open; the window is read from the clock at commit time.</summary>
internal sealed class CommentOnParagraph(CommunityDbContext db, StandardAccess access, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<CommandResult<StandardComment>> HandleAsync(string authorId, ContributionCommand command, CancellationToken cancellationToken = default)
    {
        var text = command.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Refused("Write something before sending.");
        }
        if (text.Length > StandardComment.MaxLength)
        {
            return Refused("A comment can be at most {0} characters; this one has {1}.", StandardComment.MaxLength, text.Length);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (target, refusal) = await ConsultationContext.FindAsync(db, access, authorId, command, "Text", cancellationToken);
        if (refusal is not null)
        {
            return CommandResult<StandardComment>.Failure([refusal]);
        }
        var comment = new StandardComment
        {
            RoundId = target!.Round.Id,
            ParagraphId = target.Paragraph.Id,
            AuthorId = authorId,
            Markdown = text,
            Html = markdown.ToSafeHtml(text),
            Consent = target.Consent,
            Status = StandardCommentStatus.Published,
        };
        if (await ConsultationContext.CommitInWindowAsync(db, transaction, target.Round, clock, comment, (c, now) => c.CreatedAt = now, cancellationToken) is { } closed)
        {
            return CommandResult<StandardComment>.Failure([closed]);
        }
        return comment;
    }

    private static CommandResult<StandardComment> Refused(string message, params object[] arguments) =>
        CommandResult<StandardComment>.Failed("Text", message, arguments);
}
