using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// Admins keep the controlled list of themes: add, rename (in the three languages), reorder, retire. A retired theme
/// is no longer offered to submitters, but entries that have it keep it, and it still counts in the public facets.
/// </summary>
internal sealed class EditThemes(CommunityDbContext db, AuditLog audit, IPracticePublication publication)
{
    public const int MaxName = 80;

    public async Task<CommandResult> AddAsync(Actor admin, string? nameEn, string? nameFr, string? nameEs, CancellationToken cancellationToken = default)
    {
        if (!await IsAdminAsync(admin, cancellationToken))
        {
            return CommandResult.Failed("", "Only administrators can do this.");
        }
        var errors = await ValidateAsync(null, nameEn, nameFr, nameEs, cancellationToken);
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        var order = await db.PracticeThemes.MaxAsync(t => (int?)t.Order, cancellationToken) ?? 0;
        db.PracticeThemes.Add(new PracticeTheme { NameEn = nameEn!.Trim(), NameFr = nameFr!.Trim(), NameEs = nameEs!.Trim(), Order = order + 1 });
        audit.Record(admin, "practice.theme-added", null, nameEn.Trim());
        await db.SaveChangesAsync(cancellationToken);
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }

    public async Task<CommandResult> ChangeAsync(Actor admin, int themeId, ThemeChange change, string? nameEn = null, string? nameFr = null, string? nameEs = null, CancellationToken cancellationToken = default)
    {
        if (!await IsAdminAsync(admin, cancellationToken))
        {
            return CommandResult.Failed("", "Only administrators can do this.");
        }
        var themes = await db.PracticeThemes.OrderBy(t => t.Order).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        var index = themes.FindIndex(t => t.Id == themeId);
        if (index < 0)
        {
            return CommandResult.Failed("", "This theme does not exist.");
        }
        var theme = themes[index];
        switch (change)
        {
            case ThemeChange.Save:
                var errors = await ValidateAsync(themeId, nameEn, nameFr, nameEs, cancellationToken);
                if (errors.Count > 0)
                {
                    return CommandResult.Failure(errors);
                }
                (theme.NameEn, theme.NameFr, theme.NameEs) = (nameEn!.Trim(), nameFr!.Trim(), nameEs!.Trim());
                break;
            case ThemeChange.Up or ThemeChange.Down:
                var other = change == ThemeChange.Up ? index - 1 : index + 1;
                if (other < 0 || other >= themes.Count)
                {
                    return CommandResult.Success;
                }
                // Renumbered in list order, then swapped: equal orders left by hand never make a move do nothing.
                for (var i = 0; i < themes.Count; i++)
                {
                    themes[i].Order = i + 1;
                }
                (themes[index].Order, themes[other].Order) = (themes[other].Order, themes[index].Order);
                break;
            case ThemeChange.Retire or ThemeChange.Restore:
                theme.IsRetired = change == ThemeChange.Retire;
                break;
        }
        audit.Record(admin, "practice.theme-" + change.ToString().ToLowerInvariant(), null, theme.NameEn);
        await db.SaveChangesAsync(cancellationToken);
        // The public list names the themes and counts them: its snapshot and cached pages are renewed.
        await publication.ChangedAsync(cancellationToken);
        return CommandResult.Success;
    }

    private async Task<List<FieldError>> ValidateAsync(int? themeId, string? nameEn, string? nameFr, string? nameEs, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        foreach (var (field, value) in new[] { ("NameEn", nameEn), ("NameFr", nameFr), ("NameEs", nameEs) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxName)
            {
                errors.Add(new(field, "Name the theme in each language (at most {0} characters).", MaxName));
            }
        }
        if (errors.Count == 0)
        {
            var english = nameEn!.Trim().ToLower();
            if (await db.PracticeThemes.AnyAsync(t => t.Id != themeId && t.NameEn.ToLower() == english, cancellationToken))
            {
                errors.Add(new("NameEn", "A theme with this name already exists."));
            }
        }
        return errors;
    }

    private Task<bool> IsAdminAsync(Actor actor, CancellationToken cancellationToken) =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == actor.UserId && r.Name == Roles.Admin select ur).AnyAsync(cancellationToken);
}
