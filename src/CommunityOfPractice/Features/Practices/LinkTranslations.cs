using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>A curator links entries that translate one another; each public page then offers the others.</summary>
internal sealed class LinkTranslations(CommunityDbContext db, DebateAccess access, AuditLog audit, IPracticePublication publication)
{
    /// <summary>Links the entry at <paramref name="address"/> (its public address or just its slug) as a translation.</summary>
    public async Task<CommandResult> LinkAsync(Actor curator, int practiceId, string? address, CancellationToken cancellationToken = default)
    {
        var slug = (address ?? "").Split('?', '#')[0].TrimEnd('/').Split('/')[^1].Trim();
        var translationId = slug.Length is > 0 and <= 200
            ? await db.Practices.Where(p => p.Slug == slug && p.Status == PracticeStatus.Published).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
        return translationId is { } id
            ? await LinkAsync(curator, practiceId, id, cancellationToken)
            : CommandResult.Failed("Address", "Give the address of a published entry.");
    }

    public async Task<CommandResult> LinkAsync(Actor curator, int practiceId, int translationId, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(curator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult.Failed("", "Only moderators can do this.");
        }
        var practices = await db.Practices.Where(p => p.Id == practiceId || p.Id == translationId).ToListAsync(cancellationToken);
        if (practiceId == translationId || practices.Count != 2)
        {
            return CommandResult.Failed("Address", "Give the address of another published entry.");
        }
        var practice = practices.Single(p => p.Id == practiceId);
        var translation = practices.Single(p => p.Id == translationId);
        if (practice.Content.Language == translation.Content.Language)
        {
            return CommandResult.Failed("Address", "A translation must be in another language.");
        }
        var group = translation.TranslationGroupId ?? practice.TranslationGroupId ?? Math.Min(practiceId, translationId);
        var members = await db.Practices.Where(p => p.TranslationGroupId == group || p.Id == practiceId || p.Id == translationId || (practice.TranslationGroupId != null && p.TranslationGroupId == practice.TranslationGroupId))
            .ToListAsync(cancellationToken);
        if (members.GroupBy(p => p.Content.Language).Any(g => g.Count() > 1))
        {
            return CommandResult.Failed("Address", "These entries already have a translation in that language.");
        }
        foreach (var member in members)
        {
            member.TranslationGroupId = group;
        }
        audit.Record(curator, "practice.translation-linked", null, $"{practice.Content.Title} ↔ {translation.Content.Title}");
        await db.SaveChangesAsync(cancellationToken);
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }
}
