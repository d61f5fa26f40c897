using System.Net.Mail;
using System.Text.RegularExpressions;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Practices;

/// <summary>
/// A member drafts an entry, saves it as often as they like, and submits it for review; curators are told.
/// A draft needs only a title; a submission must be complete.
/// </summary>
internal sealed partial class SubmitPractice(CommunityDbContext db, AuditLog audit, IPracticeMail mail, DebateAccess access, TimeProvider clock)
{
    public const int MaxTags = 15;
    public const int MaxLinks = 10;
    public const int MaxOrganisations = 10;
    public const int MaxCountries = 60;

    /// <summary>Saves the draft (a new one when <paramref name="practiceId"/> is null) and, when asked, submits it.</summary>
    public async Task<CommandResult<Practice>> SaveAsync(Actor member, int? practiceId, PracticeCommand command, bool submit, CancellationToken cancellationToken = default)
    {
        var roles = await access.RolesOfAsync(member.UserId, cancellationToken);
        if (!roles.IsMember)
        {
            return CommandResult<Practice>.Failed("", "Only members can do this.");
        }
        // Retired themes are no longer offered, but an entry that already has one may keep it.
        var themes = await db.PracticeThemes.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        var errors = Validate(command, complete: submit, themes, clock.GetUtcNow().Year, out var content);
        var now = clock.GetUtcNow();
        Practice? practice = null;
        if (practiceId is { } id)
        {
            practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            var isSubmitter = practice?.SubmitterId == member.UserId;
            if (practice is null || !PracticePermissions.CanEdit(practice.Status, isSubmitter, roles.IsModerator)
                || (submit && !PracticePermissions.CanSubmit(practice.Status, isSubmitter)))
            {
                return CommandResult<Practice>.Failed("", "This entry cannot be changed now.");
            }
        }
        if (errors.Count > 0)
        {
            return CommandResult<Practice>.Failure(errors);
        }
        if (practice is null)
        {
            practice = new Practice { Slug = "draft-" + Guid.NewGuid().ToString("N"), SubmitterId = member.UserId, CreatedAt = now, Status = PracticeStatus.Draft };
            db.Practices.Add(practice);
        }
        // Keeps what the form does not carry (attribution of a post turned into an entry).
        content.Attribution = practice.Content.Attribution;
        practice.Content = content;
        practice.UpdatedAt = now;
        if (submit)
        {
            practice.Status = PracticeStatus.Submitted;
            practice.SubmittedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            db.PracticeReviewNotes.Add(new PracticeReviewNote { PracticeId = practice.Id, AuthorId = member.UserId, AuthorName = member.DisplayName, Action = PracticeReviewAction.Submitted, At = now });
            audit.Record(member, "practice.submitted", null, content.Title);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (submit)
        {
            await mail.SendSubmittedAsync(practice, cancellationToken);
        }
        return practice;
    }

    /// <summary>Checks an entry; <paramref name="complete"/> asks for everything a curator needs, not just a title.</summary>
    public static List<FieldError> Validate(PracticeCommand command, bool complete, IReadOnlyCollection<int> activeThemes, int currentYear, out PracticeContent content)
    {
        var errors = new List<FieldError>();
        var title = (command.Title ?? "").Trim();
        var summary = (command.Summary ?? "").Trim();
        var body = (command.Body ?? "").Trim();
        if (title.Length is 0 or > PracticeContent.TitleLength)
        {
            errors.Add(new(nameof(command.Title), "Give the entry a title (at most {0} characters).", PracticeContent.TitleLength));
        }
        if (summary.Length > PracticeContent.SummaryLength || (complete && summary.Length == 0))
        {
            errors.Add(new(nameof(command.Summary), "Write a summary of at most {0} characters.", PracticeContent.SummaryLength));
        }
        if (body.Length > PracticeContent.BodyLength || (complete && body.Length == 0))
        {
            errors.Add(new(nameof(command.Body), "Describe the practice (at most {0} characters).", PracticeContent.BodyLength));
        }
        if (!Languages.Supported.Contains(command.Language))
        {
            errors.Add(new(nameof(command.Language), "Choose a language from the list."));
        }
        var countries = command.Countries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        if (countries.Any(c => CountryCatalog.Find(c) is null) || countries.Count > MaxCountries)
        {
            errors.Add(new(nameof(command.Countries), "Choose countries from the list."));
        }
        else if (complete && countries.Count == 0)
        {
            errors.Add(new(nameof(command.Countries), "Choose at least one country."));
        }
        if (complete && command.Areas == NcdAreas.None)
        {
            errors.Add(new(nameof(command.Areas), "Choose at least one NCD area."));
        }
        if (complete && command.Involvement == InvolvementTypes.None)
        {
            errors.Add(new(nameof(command.Involvement), "Say how people living with NCDs are involved."));
        }
        var themes = command.Themes.Distinct().ToList();
        if (themes.Any(t => !activeThemes.Contains(t)))
        {
            errors.Add(new(nameof(command.Themes), "Choose themes from the list."));
        }
        var tags = (command.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (tags.Count > MaxTags || tags.Any(t => !TagPattern().IsMatch(t)))
        {
            errors.Add(new(nameof(command.Tags), "Use at most {0} tags of letters, digits, spaces and hyphens (at most 40 characters each), separated by commas.", MaxTags));
        }
        var organisations = Lines(command.Organisations);
        if (organisations.Count > MaxOrganisations || organisations.Any(o => o.Length > PracticeContent.OrganisationLength))
        {
            errors.Add(new(nameof(command.Organisations), "Name at most {0} organisations, one per line.", MaxOrganisations));
        }
        if (command.YearFrom is { } from && (from < 1950 || from > currentYear + 1)
            || command.YearTo is { } to && (to < 1950 || to > currentYear + 5 || command.YearFrom is null || to < command.YearFrom))
        {
            errors.Add(new(nameof(command.YearFrom), "Give the years as four digits, the first one not after the last."));
        }
        var links = Lines(command.Links);
        if (links.Count > MaxLinks || links.Any(l => l.Length > PracticeContent.LinkLength || !Uri.TryCreate(l, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new(nameof(command.Links), "Links must be http or https addresses, one per line (at most {0}).", MaxLinks));
        }
        var contactName = command.ContactName?.Trim() is { Length: > 0 } name ? name : null;
        var contactEmail = command.ContactEmail?.Trim() is { Length: > 0 } email ? email : null;
        if (contactName is { Length: > PracticeContent.ContactNameLength })
        {
            errors.Add(new(nameof(command.ContactName), "The name must be at most {0} characters.", PracticeContent.ContactNameLength));
        }
        if (contactEmail is not null && (contactEmail.Length > PracticeContent.ContactEmailLength || !MailAddress.TryCreate(contactEmail, out _)))
        {
            errors.Add(new(nameof(command.ContactEmail), "Give a valid email address."));
        }
        if (command.ShowContact && contactName is null && contactEmail is null)
        {
            errors.Add(new(nameof(command.ShowContact), "Give a contact to show, or do not ask to show it."));
        }
        content = new PracticeContent
        {
            Title = title,
            Summary = summary,
            Body = body,
            Language = command.Language,
            Countries = string.Join(',', countries),
            NcdAreas = command.Areas,
            Involvement = command.Involvement,
            Themes = string.Join(',', themes),
            Tags = string.Join(',', tags),
            Organisations = string.Join('\n', organisations),
            YearFrom = command.YearFrom,
            YearTo = command.YearTo ?? command.YearFrom,
            Links = string.Join('\n', links),
            ContactName = contactName,
            ContactEmail = contactEmail,
            ShowContact = command.ShowContact,
        };
        return errors;
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} \-]{0,39}$")]
    private static partial Regex TagPattern();
}
