using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A coordinator creates a standard: the document and its first version, numbered, as a draft nobody else sees.</summary>
internal sealed class CreateStandard(CommunityDbContext db, StandardAccess access, MarkdownRenderer markdown, AuditLog audit, TimeProvider clock)
{
    public static List<FieldError> Validate(StandardCommand command)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Trim().Length > StandardDocument.TitleLength)
        {
            errors.Add(new(nameof(command.Title), "Give the standard a title (at most {0} characters).", StandardDocument.TitleLength));
        }
        if (string.IsNullOrWhiteSpace(command.Summary) || command.Summary.Trim().Length > StandardDocument.SummaryLength)
        {
            errors.Add(new(nameof(command.Summary), "Give the standard a summary (at most {0} characters).", StandardDocument.SummaryLength));
        }
        if (!StandardDocument.Languages.Contains(command.Language))
        {
            errors.Add(new(nameof(command.Language), "Choose English, French or Spanish."));
        }
        if (StandardVersionText.Check(command.Body) is { } bodyError)
        {
            errors.Add(bodyError);
        }
        return errors;
    }

    public async Task<CommandResult<StandardDocument>> HandleAsync(Actor coordinator, StandardCommand command, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<StandardDocument>.Failed("", "Only coordinators can draft standards.");
        }
        return await CreateAsync(coordinator, command, null, cancellationToken);
    }

    /// <summary>
    /// Creates the document and its numbered first version, once the caller has checked who may. A standard's first
    /// version is a draft; in a working group's space (<paramref name="groupId"/>) it is published at once, for the
    /// group's members are its only readers. A translation links to a document of the same place.
    /// </summary>
    internal async Task<CommandResult<StandardDocument>> CreateAsync(Actor author, StandardCommand command, int? groupId, CancellationToken cancellationToken)
    {
        var errors = Validate(command);
        if (command.TranslationOfId is { } originalId
            && await db.StandardDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == originalId && d.WorkingGroupId == groupId, cancellationToken) is var original
            && (original is null || original.Language == command.Language))
        {
            errors.Add(new(nameof(command.TranslationOfId), "A translation links to a standard in another language."));
        }
        if (errors.Count > 0)
        {
            return CommandResult<StandardDocument>.Failure(errors);
        }

        var now = clock.GetUtcNow();
        var title = command.Title.Trim();
        var document = new StandardDocument
        {
            Slug = await UniqueSlugAsync(title, groupId, cancellationToken),
            Title = title,
            Summary = command.Summary.Trim(),
            Language = command.Language,
            TranslationOfId = command.TranslationOfId,
            CreatedById = author.UserId,
            CreatedAt = now,
            WorkingGroupId = groupId,
        };
        var version = new StandardVersion { Number = 1, Markdown = command.Body.Trim(), CreatedAt = now };
        if (groupId is not null)
        {
            version.PublishedAt = now;
            version.PublishedById = author.UserId;
        }
        await StandardVersionText.NumberAsync(db, markdown, version, documentId: null, cancellationToken);
        document.Versions.Add(version);
        db.StandardDocuments.Add(document);
        audit.Record(author, groupId is null ? "standard.created" : "group.document.created", null, title);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    /// <summary>The pages under <c>/standards/</c> whose names a standard's slug must not take, or it could never be reached.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal) { "new", "endorsements", "moderation" };

    private async Task<string> UniqueSlugAsync(string title, int? groupId, CancellationToken cancellationToken)
    {
        var slug = PracticeSlug.From(title);
        if (groupId is { } id)
        {
            // A group's documents are addressed by id; the prefix only keeps their slugs out of the community's.
            var prefix = $"group-{id}-";
            slug = prefix + slug[..Math.Min(slug.Length, StandardDocument.SlugLength - prefix.Length - 4)];
        }
        else if (ReservedSlugs.Contains(slug))
        {
            slug = "standard-" + slug;
        }
        var taken = await db.StandardDocuments.Where(d => d.Slug == slug || d.Slug.StartsWith(slug + "-")).Select(d => d.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }
}
