using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>A moderator schedules a webinar; times are entered in their zone and stored in UTC.</summary>
internal sealed class CreateWebinar(CommunityDbContext db, DebateAccess access, AuditLog audit, IWebinarScheduler scheduler, TimeProvider clock)
{
    /// <summary>Checks a new or changed webinar; <paramref name="current"/> is the stored one when it is a change.</summary>
    public static List<FieldError> Validate(WebinarCommand command, DateTimeOffset now, out Webinar webinar, Webinar? current = null)
    {
        var errors = new List<FieldError>();
        webinar = new Webinar();
        if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Trim().Length > Webinar.TitleLength)
        {
            errors.Add(new(nameof(command.Title), "Give the webinar a title (at most {0} characters).", Webinar.TitleLength));
        }
        if (command.Description is { Length: > Webinar.TextLength })
        {
            errors.Add(new(nameof(command.Description), "The text must be at most {0} characters.", Webinar.TextLength));
        }
        // The form stops longer text; a hand-made request gets the same answer, not a database error.
        if (command.Languages?.Trim() is { Length: > Webinar.LanguagesLength })
        {
            errors.Add(new(nameof(command.Languages), "The text must be at most {0} characters.", Webinar.LanguagesLength));
        }
        if (command.AccessibilityNotes?.Trim() is { Length: > Webinar.AccessibilityNotesLength })
        {
            errors.Add(new(nameof(command.AccessibilityNotes), "The text must be at most {0} characters.", Webinar.AccessibilityNotesLength));
        }
        if (command.MeetingUrl?.Trim() is { Length: > Webinar.UrlLength })
        {
            errors.Add(new(nameof(command.MeetingUrl), "The text must be at most {0} characters.", Webinar.UrlLength));
        }
        if (!Uri.TryCreate(command.MeetingUrl?.Trim(), UriKind.Absolute, out var meeting) || meeting.Scheme is not ("http" or "https"))
        {
            errors.Add(new(nameof(command.MeetingUrl), "The meeting link must be an http or https address."));
        }
        if (command.Capacity is < 1 or > 100_000)
        {
            errors.Add(new(nameof(command.Capacity), "The capacity must be between 1 and {0}, or empty for no limit.", 100_000));
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(command.TimeZoneId, out var zone))
        {
            errors.Add(new(nameof(command.TimeZoneId), "Choose a time zone from the list."));
            return errors;
        }
        if (command.StartsLocal is not { } starts || command.EndsLocal is not { } ends)
        {
            errors.Add(new(nameof(command.StartsLocal), "Give the start and end times."));
            return errors;
        }
        // Calendars (and the form) work in whole minutes: so does a webinar.
        webinar.StartsAt = ToMinute(CreateDebate.ToUtc(starts, zone));
        webinar.EndsAt = ToMinute(CreateDebate.ToUtc(ends, zone));
        webinar.RegistrationDeadline = command.DeadlineLocal is { } deadline ? ToMinute(CreateDebate.ToUtc(deadline, zone)) : webinar.StartsAt;
        if (webinar.EndsAt <= webinar.StartsAt)
        {
            errors.Add(new(nameof(command.EndsLocal), "The webinar must end after it starts."));
        }
        if (webinar.StartsAt <= now && (current is null || current.StartsAt != webinar.StartsAt))
        {
            errors.Add(new(nameof(command.StartsLocal), "A new webinar must start in the future."));
        }
        if (webinar.RegistrationDeadline > webinar.EndsAt)
        {
            errors.Add(new(nameof(command.DeadlineLocal), "Registration must close before the webinar ends."));
        }
        foreach (var (line, index) in (command.Speakers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((l, i) => (l, i)))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            if (parts[0].Length is 0 or > 120 || parts.Length > 3 || parts.Any(p => p.Length > 1000))
            {
                errors.Add(new(nameof(command.Speakers), "Write one speaker per line as: name | role | short bio."));
                break;
            }
            webinar.Speakers.Add(new WebinarSpeaker
            {
                Order = index + 1,
                Name = parts[0],
                Role = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null,
                Bio = parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
            });
        }
        webinar.Title = command.Title?.Trim() ?? "";
        webinar.Description = command.Description?.Trim() ?? "";
        webinar.Languages = string.IsNullOrWhiteSpace(command.Languages) ? null : command.Languages.Trim();
        webinar.AccessibilityNotes = string.IsNullOrWhiteSpace(command.AccessibilityNotes) ? null : command.AccessibilityNotes.Trim();
        webinar.Capacity = command.Capacity;
        webinar.MeetingUrl = meeting?.ToString() ?? "";
        webinar.DebateId = command.DebateId is > 0 ? command.DebateId : null;
        return errors;
    }

    /// <summary>The form filled with a stored webinar, in the moderator's zone.</summary>
    public static WebinarCommand ToCommand(Webinar webinar, string timeZoneId)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return new WebinarCommand
        {
            Title = webinar.Title,
            Description = webinar.Description,
            Speakers = string.Join('\n', webinar.Speakers.OrderBy(s => s.Order).Select(s => string.Join(" | ", new[] { s.Name, s.Role ?? "", s.Bio ?? "" }).TrimEnd(' ', '|'))),
            StartsLocal = Local(webinar.StartsAt),
            EndsLocal = Local(webinar.EndsAt),
            DeadlineLocal = Local(webinar.RegistrationDeadline),
            TimeZoneId = zone.Id,
            Languages = webinar.Languages,
            AccessibilityNotes = webinar.AccessibilityNotes,
            Capacity = webinar.Capacity,
            MeetingUrl = webinar.MeetingUrl,
            DebateId = webinar.DebateId,
        };
    }

    private static DateTimeOffset ToMinute(DateTimeOffset instant) => new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMinute), instant.Offset);

    public async Task<CommandResult<Webinar>> HandleAsync(Actor moderator, WebinarCommand command, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult<Webinar>.Failed("", "Only moderators can do this.");
        }
        var now = clock.GetUtcNow();
        var errors = Validate(command, now, out var webinar);
        // A working group's debate is never a webinar's context: registering follows the debate, and the webinar's page
        // shows its title to every member.
        if (webinar.DebateId is { } debateId && !await db.Debates.OfTheCommunity().AnyAsync(d => d.Id == debateId, cancellationToken))
        {
            errors.Add(new(nameof(command.DebateId), "Choose one of the debates in the list."));
        }
        if (errors.Count > 0)
        {
            return CommandResult<Webinar>.Failure(errors);
        }
        webinar.CreatedById = moderator.UserId;
        webinar.CreatedAt = now;
        db.Webinars.Add(webinar);
        audit.Record(moderator, "webinar.created", null, webinar.Title);
        await db.SaveChangesAsync(cancellationToken);
        scheduler.ScheduleReminders(webinar, now);
        return webinar;
    }
}
