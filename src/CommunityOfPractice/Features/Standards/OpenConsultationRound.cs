using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Webinars;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A coordinator opens a consultation round on the latest published version; times entered in their zone are stored in UTC.</summary>
internal sealed class OpenConsultationRound(CommunityDbContext db, StandardAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult<ConsultationRound>> HandleAsync(Actor coordinator, RoundCommand command, CancellationToken cancellationToken = default)
    {
        if (!await access.CanDraftAsync(coordinator.UserId, cancellationToken))
        {
            return CommandResult<ConsultationRound>.Failed("", "Only coordinators can draft standards.");
        }
        var now = clock.GetUtcNow();
        var errors = new List<FieldError>();
        DateTimeOffset opensAt = default, closesAt = default;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(command.TimeZoneId, out var zone))
        {
            errors.Add(new(nameof(command.TimeZoneId), "Choose a time zone from the list."));
        }
        else if (command.OpensLocal is not { } opens || command.ClosesLocal is not { } closes)
        {
            errors.Add(new(nameof(command.OpensLocal), "Give the opening and closing times."));
        }
        else
        {
            opensAt = CreateDebate.ToUtc(opens, zone);
            closesAt = CreateDebate.ToUtc(closes, zone);
            if (closesAt <= opensAt)
            {
                errors.Add(new(nameof(command.ClosesLocal), "The round must close after it opens."));
            }
            else if (closesAt <= now)
            {
                errors.Add(new(nameof(command.ClosesLocal), "The closing time is already past."));
            }
        }
        if (command.GuidingQuestions is { Length: > ConsultationRound.QuestionsLength })
        {
            errors.Add(new(nameof(command.GuidingQuestions), "The text must be at most {0} characters.", ConsultationRound.QuestionsLength));
        }
        if (command.WebinarId is { } webinarId && !await db.Webinars.OfTheCommunity().AnyAsync(w => w.Id == webinarId, cancellationToken))
        {
            errors.Add(new(nameof(command.WebinarId), "Choose a webinar from the list."));
        }
        if (command.DebateId is { } debateId && !await db.Debates.OfTheCommunity().AnyAsync(d => d.Id == debateId, cancellationToken))
        {
            errors.Add(new(nameof(command.DebateId), "Choose a debate from the list."));
        }
        var version = await db.StandardVersions.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(v => v.Id == command.VersionId, cancellationToken);
        if (version is not { PublishedAt: not null })
        {
            errors.Add(new(nameof(command.VersionId), "Publish the version before opening a consultation on it."));
        }
        else if (await db.StandardVersions.AnyAsync(v => v.DocumentId == version.DocumentId && v.Number > version.Number, cancellationToken))
        {
            errors.Add(new(nameof(command.VersionId), "Consult on the latest version of the standard."));
        }
        else if (await db.ConsultationRounds.AnyAsync(r => r.VersionId == version.Id, cancellationToken))
        {
            errors.Add(new(nameof(command.VersionId), "This version already has its consultation round."));
        }
        if (errors.Count > 0)
        {
            return CommandResult<ConsultationRound>.Failure(errors);
        }

        var round = new ConsultationRound
        {
            VersionId = command.VersionId,
            OpensAt = opensAt,
            ClosesAt = closesAt,
            GuidingQuestions = command.GuidingQuestions?.Trim() ?? "",
            WebinarId = command.WebinarId,
            DebateId = command.DebateId,
            CreatedById = coordinator.UserId,
            CreatedAt = now,
        };
        db.ConsultationRounds.Add(round);
        audit.Record(coordinator, "standard.round-opened", null, $"version {version!.Number}, {opensAt:u} to {closesAt:u}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult<ConsultationRound>.Failed(nameof(command.VersionId), "This version already has its consultation round.");
        }
        return round;
    }
}
