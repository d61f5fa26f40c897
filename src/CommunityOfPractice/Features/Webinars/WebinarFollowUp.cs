using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// After the webinar, a moderator adds the recording, the slides and a short summary (shown on the webinar
/// page and pinned at the top of the linked debate room) and marks who attended.
/// </summary>
internal sealed class WebinarFollowUp(CommunityDbContext db, DebateAccess access, AuditLog audit, DebateNotifier notifier, TimeProvider clock)
{
    public const int SummaryLength = 5000;

    public async Task<CommandResult> RecordAsync(Actor moderator, int webinarId, FollowUpCommand command, CancellationToken cancellationToken = default)
    {
        var (webinar, refused) = await StartedWebinarAsync(moderator, webinarId, cancellationToken);
        if (webinar is null)
        {
            return CommandResult.Failure(refused);
        }
        var errors = new List<FieldError>();
        var recording = Link(command.RecordingUrl, nameof(command.RecordingUrl), errors);
        var slides = Link(command.SlidesUrl, nameof(command.SlidesUrl), errors);
        if (command.Summary is { Length: > SummaryLength })
        {
            errors.Add(new(nameof(command.Summary), "The text must be at most {0} characters.", SummaryLength));
        }
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }
        webinar.RecordingUrl = recording;
        webinar.SlidesUrl = slides;
        webinar.Summary = string.IsNullOrWhiteSpace(command.Summary) ? null : command.Summary.Trim();
        webinar.FollowUpAt = clock.GetUtcNow();
        audit.Record(moderator, "webinar.follow-up", null, webinar.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (webinar.DebateId is { } debateId)
        {
            await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.StateChanged));
        }
        return CommandResult.Success;
    }

    /// <summary>Marks the registered members in <paramref name="attendees"/> as present and the others as absent.</summary>
    public async Task<CommandResult> MarkAttendanceAsync(Actor moderator, int webinarId, IReadOnlyCollection<string> attendees, CancellationToken cancellationToken = default)
    {
        var (webinar, refused) = await StartedWebinarAsync(moderator, webinarId, cancellationToken);
        if (webinar is null)
        {
            return CommandResult.Failure(refused);
        }
        var registered = await db.WebinarRegistrations.Where(r => r.WebinarId == webinarId && r.Status == RegistrationStatus.Registered).ToListAsync(cancellationToken);
        foreach (var registration in registered)
        {
            registration.Attended = attendees.Contains(registration.UserId);
        }
        audit.Record(moderator, "webinar.attendance", null, $"{webinar.Title}: {registered.Count(r => r.Attended == true)}/{registered.Count}");
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private async Task<CommandResult<Webinar>> StartedWebinarAsync(Actor moderator, int webinarId, CancellationToken cancellationToken)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult<Webinar>.Failed("", "Only moderators can do this.");
        }
        var webinar = await db.Webinars.VisibleTo(db, moderator.UserId).SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        if (webinar is null)
        {
            return CommandResult<Webinar>.Failed("", "This webinar does not exist.");
        }
        if (webinar.CancelledAt is not null)
        {
            return CommandResult<Webinar>.Failed("", "This webinar has been cancelled.");
        }
        if (webinar.StartsAt > clock.GetUtcNow())
        {
            return CommandResult<Webinar>.Failed("", "This can be done once the webinar has started.");
        }
        return webinar;
    }

    private static string? Link(string? value, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || value.Trim().Length > 2000)
        {
            errors.Add(new(field, "Links must be http or https addresses."));
            return null;
        }
        return uri.ToString();
    }
}
