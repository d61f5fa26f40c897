using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// A representative (or a moderator, for an organisation left without one) adds a member as representative, found by
/// email or by shown name, or removes one; the organisation always keeps one. Audited.
/// </summary>
internal sealed class ChangeRepresentatives(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <param name="actor">Who asks.</param>
    /// <param name="actorIsModerator">Whether the host's moderator rule (role and second factor) lets the actor act on any organisation.</param>
    public async Task<CommandResult> AddAsync(Actor actor, bool actorIsModerator, int organisationId, string? who, CancellationToken cancellationToken = default)
    {
        who = who?.Trim();
        if (string.IsNullOrEmpty(who))
        {
            return CommandResult.Failed("Representative", "Give the member's email or shown name.");
        }
        var (organisation, current, refusal) = await LoadAsync(actor, actorIsModerator, organisationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var normalized = who.ToUpperInvariant();
        var matches = await Members.Where(u => u.NormalizedEmail == normalized || u.DisplayName == who).Take(2).ToListAsync(cancellationToken);
        var member = matches.Count == 1 ? matches[0] : matches.FirstOrDefault(u => u.NormalizedEmail == normalized);
        if (member is null)
        {
            return matches.Count > 1
                ? CommandResult.Failed("Representative", "Several members have this name: give their email instead.")
                : CommandResult.Failed("Representative", "No member has this email or shown name.");
        }
        if (RepresentativeRules.CheckAddition(current, member.Id) is { } error)
        {
            return CommandResult.Failure([error]);
        }
        db.Add(new OrganisationRepresentative { OrganisationId = organisation!.Id, UserId = member.Id, AddedAt = clock.GetUtcNow() });
        organisation.NeedsRepresentative = false;
        audit.Record(actor, "organisation.representative-added", member, organisation.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same member added a moment earlier by someone else: the key refused the second row.
            return CommandResult.Failed("Representative", "This member already represents the organisation.");
        }
        return CommandResult.Success;
    }

    public async Task<CommandResult> RemoveAsync(Actor actor, bool actorIsModerator, int organisationId, string? userId, CancellationToken cancellationToken = default)
    {
        var (organisation, current, refusal) = await LoadAsync(actor, actorIsModerator, organisationId, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (RepresentativeRules.CheckRemoval(current, userId ?? "") is { } error)
        {
            return CommandResult.Failure([error]);
        }
        await db.OrganisationRepresentatives.Where(r => r.OrganisationId == organisationId && r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var removed = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        audit.Record(actor, "organisation.representative-removed", removed, organisation!.Name);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private IQueryable<AppUser> Members
    {
        get
        {
            var memberRoles = db.Roles.Where(r => r.Name == Roles.Member || r.Name == Roles.Moderator || r.Name == Roles.Coordinator || r.Name == Roles.Admin).Select(r => r.Id);
            return db.Users.Where(u => u.DeletedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && memberRoles.Contains(ur.RoleId)));
        }
    }

    private async Task<(Organisation?, IReadOnlyCollection<string>, CommandResult?)> LoadAsync(Actor actor, bool actorIsModerator, int organisationId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.Status == OrganisationStatus.Approved, cancellationToken);
        if (organisation is null)
        {
            return (null, [], CommandResult.Failed("", "This organisation is not in the directory."));
        }
        var current = await db.OrganisationRepresentatives.Where(r => r.OrganisationId == organisationId).Select(r => r.UserId).ToListAsync(cancellationToken);
        if (!actorIsModerator && !current.Contains(actor.UserId))
        {
            return (null, [], CommandResult.Failed("", "Only the organisation's representatives can change its representatives."));
        }
        return (organisation, current, null);
    }
}
