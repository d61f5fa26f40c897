using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>The applicant answers a moderator's question; the application goes back to the queue.</summary>
internal sealed class AnswerInformationRequest(CommunityDbContext db, AuditLog audit)
{
    public async Task<CommandResult> HandleAsync(string userId, string? answer, CancellationToken cancellationToken = default)
    {
        answer = answer?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return CommandResult.Failed("Answer", "Write your answer before sending it.");
        }
        if (answer.Length > ProfileRules.MotivationMax)
        {
            return CommandResult.Failed("Answer", "Your answer must be at most {0} characters.", ProfileRules.MotivationMax);
        }
        var application = await db.MembershipApplications.Include(a => a.User)
            .SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        if (application?.User is not { } applicant || !application.AnswerInformationRequest(answer))
        {
            return CommandResult.Failed("Answer", "No question is waiting for your answer.");
        }
        audit.Record(new Actor(applicant.Id, applicant.DisplayName), "application.information-provided", applicant);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
