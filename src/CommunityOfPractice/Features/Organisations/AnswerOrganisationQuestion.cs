using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>The applicant answers a moderator's question about their organisation; it goes back to the queue.</summary>
internal sealed class AnswerOrganisationQuestion(CommunityDbContext db, AuditLog audit)
{
    public async Task<CommandResult> HandleAsync(string userId, int organisationId, string? answer, CancellationToken cancellationToken = default)
    {
        answer = answer?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return CommandResult.Failed("Answer", "Write your answer before sending it.");
        }
        if (answer.Length > OrganisationRules.TextMax)
        {
            return CommandResult.Failed("Answer", "Your answer must be at most {0} characters.", OrganisationRules.TextMax);
        }
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.ApplicantId == userId, cancellationToken);
        var applicant = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (organisation is null || applicant is null || !organisation.AnswerInformationRequest(answer))
        {
            return CommandResult.Failed("Answer", "No question is waiting for your answer.");
        }
        audit.Record(new Actor(applicant.Id, applicant.DisplayName), "organisation.information-provided", applicant, organisation.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Failed("Answer", "No question is waiting for your answer.");
        }
        return CommandResult.Success;
    }
}
