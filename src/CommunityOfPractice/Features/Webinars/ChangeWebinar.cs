using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>
/// A moderator changes a scheduled webinar or cancels it, and so does a working group's chair with the group's meetings
/// (<see cref="WebinarStewards"/>). A new time raises the invitation's SEQUENCE and mails the updated invitation; a raised
/// capacity seats the first in line; a cancellation mails a cancellation that removes the event from calendars.
/// </summary>
internal sealed class ChangeWebinar(CommunityDbContext db, WebinarStewards stewards, AuditLog audit, IWebinarMail mail, IWebinarScheduler scheduler, DebateNotifier notifier, TimeProvider clock)
{
    public async Task<CommandResult> EditAsync(Actor actor, int webinarId, WebinarCommand command, CancellationToken cancellationToken = default)
    {
        if (await RefusalAsync(actor, webinarId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await Seats.LockAsync(db, webinarId, cancellationToken);
        var webinar = await db.Webinars.VisibleTo(db, actor.UserId).Include(w => w.Speakers).SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        if (webinar is null)
        {
            return CommandResult.Failed("", "This webinar does not exist.");
        }
        if (webinar.CancelledAt is not null)
        {
            return CommandResult.Failed("", "This webinar has been cancelled.");
        }
        var errors = CreateWebinar.Validate(command, now, out var changed, webinar);
        if (changed.DebateId is { } debateId && !await db.Debates.OfTheCommunity().AnyAsync(d => d.Id == debateId, cancellationToken))
        {
            errors.Add(new(nameof(command.DebateId), "Choose one of the debates in the list."));
        }
        var taken = await Seats.TakenAsync(db, webinarId, cancellationToken);
        if (changed.Capacity is { } capacity && capacity < taken)
        {
            errors.Add(new(nameof(command.Capacity), "The capacity cannot be below the {0} members already registered.", taken));
        }
        if (errors.Count > 0)
        {
            return CommandResult.Failure(errors);
        }

        var previousStart = webinar.StartsAt;
        var timeChanged = changed.StartsAt != webinar.StartsAt || changed.EndsAt != webinar.EndsAt;
        webinar.Title = changed.Title;
        webinar.Description = changed.Description;
        webinar.StartsAt = changed.StartsAt;
        webinar.EndsAt = changed.EndsAt;
        webinar.RegistrationDeadline = changed.RegistrationDeadline;
        webinar.Languages = changed.Languages;
        webinar.AccessibilityNotes = changed.AccessibilityNotes;
        webinar.Capacity = changed.Capacity;
        webinar.MeetingUrl = changed.MeetingUrl;
        // A group's meeting never sets a community debate's context: its title would be pinned in the room for everyone.
        webinar.DebateId = webinar.WorkingGroupId is null ? changed.DebateId : null;
        db.RemoveRange(webinar.Speakers);
        webinar.Speakers = changed.Speakers;
        if (timeChanged)
        {
            webinar.Sequence++;
        }
        var promoted = await Seats.PromoteAsync(db, webinarId, webinar.Capacity is { } seats ? seats - taken : int.MaxValue, cancellationToken);
        audit.Record(actor, "webinar.changed", null, timeChanged ? $"{webinar.Title}: {previousStart:u} → {webinar.StartsAt:u}" : webinar.Title);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (timeChanged)
        {
            scheduler.ScheduleReminders(webinar, now);
            foreach (var person in await Seats.PeopleAsync(db, webinarId, includeWaitlist: true, cancellationToken))
            {
                await mail.SendRescheduledAsync(person, webinar, previousStart, cancellationToken);
            }
        }
        var promotedIds = promoted.Select(r => r.UserId).ToList();
        foreach (var person in await db.Users.AsNoTracking().Where(u => promotedIds.Contains(u.Id)).ToListAsync(cancellationToken))
        {
            await mail.SendSeatFreedAsync(person, webinar, cancellationToken);
        }
        await PinChangedAsync(webinar.DebateId);
        return CommandResult.Success;
    }

    public async Task<CommandResult> CancelAsync(Actor actor, int webinarId, string? reason, CancellationToken cancellationToken = default)
    {
        if (await RefusalAsync(actor, webinarId, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > Webinar.ReasonLength)
        {
            return CommandResult.Failed("Reason", "Say why the webinar is cancelled (at most {0} characters): registered members receive it.", Webinar.ReasonLength);
        }
        var now = clock.GetUtcNow();
        var webinar = await db.Webinars.VisibleTo(db, actor.UserId).SingleOrDefaultAsync(w => w.Id == webinarId, cancellationToken);
        if (webinar is null)
        {
            return CommandResult.Failed("", "This webinar does not exist.");
        }
        if (webinar.EndsAt <= now)
        {
            return CommandResult.Failed("", "This webinar is over: it can no longer be cancelled.");
        }
        // Claimed with a conditional update: two people cancelling at once send one cancellation.
        if (await db.Webinars.Where(w => w.Id == webinarId && w.CancelledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.CancelledAt, now).SetProperty(w => w.CancellationReason, reason.Trim())
                    .SetProperty(w => w.Sequence, w => w.Sequence + 1), cancellationToken) != 1)
        {
            return CommandResult.Failed("", "This webinar has been cancelled.");
        }
        audit.Record(actor, "webinar.cancelled", null, $"{webinar.Title}: {reason.Trim()}");
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(webinar).ReloadAsync(cancellationToken);
        foreach (var person in await Seats.PeopleAsync(db, webinarId, includeWaitlist: true, cancellationToken))
        {
            await mail.SendCancelledAsync(person, webinar, cancellationToken);
        }
        await PinChangedAsync(webinar.DebateId);
        return CommandResult.Success;
    }

    /// <summary>
    /// Null when the actor may change the webinar; else the answer: no such webinar for someone who may not see it (a
    /// group's meeting seen from outside), and who may change it for someone who sees it but is neither its group's chair
    /// nor a moderator.
    /// </summary>
    private async Task<CommandResult?> RefusalAsync(Actor actor, int webinarId, CancellationToken cancellationToken)
    {
        var owner = await db.Webinars.VisibleTo(db, actor.UserId).Where(w => w.Id == webinarId)
            .Select(w => new { w.WorkingGroupId }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return CommandResult.Failed("", "This webinar does not exist.");
        }
        if (await stewards.MayChangeAsync(owner.WorkingGroupId, actor.UserId, cancellationToken))
        {
            return null;
        }
        return owner.WorkingGroupId is null
            ? CommandResult.Failed("", "Only moderators can do this.")
            : CommandResult.Failed("", "Only moderators, coordinators and the group's chair can change its meetings.");
    }

    private async Task PinChangedAsync(int? debateId)
    {
        if (debateId is { } id)
        {
            await notifier.PublishAsync(new DebateEvent(id, DebateEventKind.StateChanged));
        }
    }
}
