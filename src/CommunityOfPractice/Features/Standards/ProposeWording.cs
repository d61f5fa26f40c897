using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member proposes new wording for a paragraph, with a reason, while the round is open.</summary>
internal sealed class ProposeWording(CommunityDbContext db, StandardAccess access, MarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<CommandResult<StandardProposal>> HandleAsync(string authorId, ContributionCommand command, CancellationToken cancellationToken = default)
    {
        var text = command.Text?.Trim() ?? "";
        var reason = command.Reason?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (text.Length is 0 or > StandardProposal.TextLength)
        {
            errors.Add(new("Text", "Write the wording you propose (at most {0} characters).", StandardProposal.TextLength));
        }
        if (reason.Length is 0 or > StandardProposal.ReasonLength)
        {
            errors.Add(new("Reason", "Say why you propose this wording (at most {0} characters).", StandardProposal.ReasonLength));
        }
        if (errors.Count > 0)
        {
            return CommandResult<StandardProposal>.Failure(errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (target, refusal) = await ConsultationContext.FindAsync(db, access, authorId, command, "Text", cancellationToken);
        if (refusal is not null)
        {
            return CommandResult<StandardProposal>.Failure([refusal]);
        }
        if (TextSimilarity.Normalise(text) == TextSimilarity.Normalise(target!.Paragraph.Markdown))
        {
            return CommandResult<StandardProposal>.Failed("Text", "Your wording is the same as the paragraph's. Change it before proposing.");
        }
        var proposal = new StandardProposal
        {
            RoundId = target.Round.Id,
            ParagraphId = target.Paragraph.Id,
            AuthorId = authorId,
            ProposedText = text,
            ProposedHtml = markdown.ToSafeHtml(text),
            Reason = reason,
            ReasonHtml = markdown.ToSafeHtml(reason),
            Consent = target.Consent,
        };
        if (await ConsultationContext.CommitInWindowAsync(db, transaction, target.Round, clock, proposal, (c, now) => c.CreatedAt = now, cancellationToken) is { } closed)
        {
            return CommandResult<StandardProposal>.Failure([closed]);
        }
        return proposal;
    }

    /// <summary>The proposal as a word-level diff against the paragraph it rewrites.</summary>
    public static IReadOnlyList<DiffRun> Diff(StandardParagraph paragraph, StandardProposal proposal) => WordDiff.Of(paragraph.Markdown, proposal.ProposedText);
}
