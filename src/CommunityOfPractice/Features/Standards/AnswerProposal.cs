using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A drafter answers a proposal once its round has closed: accepted, accepted with changes, or declined, with a reason
/// everyone reads. An answer is written only where none was (the answer is the row's concurrency token), so of two
/// drafters answering at once the second is told, and their text stays in their form.
/// </summary>
internal sealed class AnswerProposal(CommunityDbContext db, StandardAccess access, MarkdownRenderer markdown, AuditLog audit, TimeProvider clock)
{
    public const string AnsweredFirst = "Someone answered this proposal first. Your answer was not saved; it is still in the form.";

    public async Task<CommandResult<StandardProposal>> HandleAsync(Actor drafter, AnswerCommand command, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(drafter.UserId, cancellationToken))
        {
            return CommandResult<StandardProposal>.Failed("", "Only coordinators can draft standards.");
        }
        var reason = command.Reason?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (command.Answer is not { } answer || !Enum.IsDefined(answer))
        {
            errors.Add(new(nameof(command.Answer), "Choose an answer: accepted, accepted with changes, or declined."));
        }
        if (reason.Length is 0 or > StandardProposal.ReasonLength)
        {
            errors.Add(new(nameof(command.Reason), "Give the reason for your answer (at most {0} characters).", StandardProposal.ReasonLength));
        }
        if (errors.Count > 0)
        {
            return CommandResult<StandardProposal>.Failure(errors);
        }
        var proposal = await db.StandardProposals.SingleOrDefaultAsync(p => p.Id == command.ProposalId, cancellationToken);
        if (proposal is null)
        {
            return CommandResult<StandardProposal>.Failed("", "This proposal does not exist.");
        }
        if (proposal.Answer is not null)
        {
            return CommandResult<StandardProposal>.Failed("", AnsweredFirst);
        }
        var round = await db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == proposal.RoundId, cancellationToken);
        var now = clock.GetUtcNow();
        if (!round.HasClosedAt(now))
        {
            return CommandResult<StandardProposal>.Failed("", "Proposals are answered after the consultation closes on {0:u}.", round.ClosesAt);
        }
        proposal.Answer = command.Answer;
        proposal.AnswerReason = reason;
        proposal.AnswerReasonHtml = markdown.ToSafeHtml(reason);
        proposal.AnsweredById = drafter.UserId;
        proposal.AnsweredAt = now;
        audit.Record(drafter, "standard.proposal-answered", null, $"{proposal.Id}: {command.Answer}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult<StandardProposal>.Failed("", AnsweredFirst);
        }
        return proposal;
    }
}
