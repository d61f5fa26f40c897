using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A moderator hides a comment with a reason shown in its place, as posts are hidden in debates.</summary>
public sealed class HideStandardComment(CommunityDbContext db, StandardAccess access, AuditLog audit)
{
    public async Task<CommandResult> HandleAsync(Actor moderator, long commentId, string? reason, CancellationToken cancellationToken = default)
    {
        if (!await access.CanModerateAsync(moderator.UserId, cancellationToken))
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > StandardComment.ReasonLength)
        {
            return CommandResult.Failed("Reason", "Give the reason shown in place of the comment (at most {0} characters).", StandardComment.ReasonLength);
        }
        var comment = await db.StandardComments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment is null)
        {
            return CommandResult.Failed("", "This comment does not exist.");
        }
        comment.Status = StandardCommentStatus.Hidden;
        comment.HiddenReason = text;
        audit.Record(moderator, "standard.comment-hidden", null, $"{comment.Id}: {text}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
