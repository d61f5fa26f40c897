using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A member asks moderators to look at a post, with a reason.</summary>
internal sealed class FlagPost(CommunityDbContext db, DebateAccess access, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, long postId, FlagReason reason, string? note, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(reason))
        {
            return CommandResult.Failed("Reason", "Choose why you are flagging this post.");
        }
        if (note is { Length: > Debate.ReasonLength })
        {
            return CommandResult.Failed("Note", "The text must be at most {0} characters.", Debate.ReasonLength);
        }
        var visible = db.Debates.VisibleTo(db, userId).Select(d => d.Id);
        if (!(await access.RolesOfAsync(userId, cancellationToken)).IsMember
            || !await db.Posts.AnyAsync(p => p.Id == postId && p.Status == PostStatus.Published && visible.Contains(p.DebateId), cancellationToken))
        {
            return CommandResult.Failed("", "You cannot flag this post.");
        }
        if (await db.PostFlags.AnyAsync(f => f.PostId == postId && f.UserId == userId && f.ResolvedAt == null, cancellationToken))
        {
            return CommandResult.Success;
        }
        db.PostFlags.Add(new PostFlag { PostId = postId, UserId = userId, Reason = reason, Note = note?.Trim(), At = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
