using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>Coordinators, moderators and admins write syntheses; a debate's participants review them during the member check.</summary>
internal sealed class SynthesisAccess(CommunityDbContext db)
{
    public async Task<bool> CanEditAsync(string userId, CancellationToken cancellationToken = default) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == userId && (r.Name == Roles.Coordinator || r.Name == Roles.Moderator || r.Name == Roles.Admin)
               select r.Id).AnyAsync(cancellationToken);

    /// <summary>
    /// People who posted in the debate as members and still belong to the community (not deleted, still holding a
    /// role): the ones a member check asks, counts in "N of M endorse", and lets review.
    /// </summary>
    public IQueryable<string> ParticipantIds(int debateId) =>
        ParticipantPosts.Where(p => p.DebateId == debateId).Select(p => p.AuthorId).Distinct();

    /// <summary>The debates <paramref name="userId"/> is a participant of, by the same rule as <see cref="ParticipantIds"/>.</summary>
    public IQueryable<int> DebateIdsOf(string userId) =>
        ParticipantPosts.Where(p => p.AuthorId == userId).Select(p => p.DebateId).Distinct();

    private IQueryable<Debates.Post> ParticipantPosts =>
        db.Posts.Where(p => p.Kind == Debates.PostKind.Member && p.Author!.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == p.AuthorId));

    public Task<bool> IsParticipantAsync(string userId, int debateId, CancellationToken cancellationToken = default) =>
        ParticipantIds(debateId).ContainsAsync(userId, cancellationToken);
}
