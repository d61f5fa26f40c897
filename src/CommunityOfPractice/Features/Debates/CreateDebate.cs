using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;

namespace CommunityOfPractice.Features.Debates;

/// <summary>A moderator creates a debate; times are entered in their zone and stored in UTC.</summary>
internal sealed class CreateDebate(CommunityDbContext db, DebateAccess access, AuditLog audit, IDebateScheduler scheduler, TimeProvider clock)
{
    public const int MaxQuestions = 12;

    public static List<FieldError> Validate(DebateCommand command, DateTimeOffset now, out DateTimeOffset opensAt, out DateTimeOffset closesAt, out List<GuidingQuestion> questions)
    {
        var errors = new List<FieldError>();
        opensAt = closesAt = default;
        questions = [];
        if (string.IsNullOrWhiteSpace(command.Title) || command.Title.Trim().Length > Debate.TitleLength)
        {
            errors.Add(new(nameof(command.Title), "Give the debate a title (at most {0} characters).", Debate.TitleLength));
        }
        if (string.IsNullOrWhiteSpace(command.Summary) || command.Summary.Trim().Length > Debate.SummaryLength)
        {
            errors.Add(new(nameof(command.Summary), "Give the debate a summary (at most {0} characters).", Debate.SummaryLength));
        }
        if (command.Context is { Length: > Debate.ContextLength })
        {
            errors.Add(new(nameof(command.Context), "The text must be at most {0} characters.", Debate.ContextLength));
        }
        if (!Enum.IsDefined(command.ModerationMode))
        {
            errors.Add(new(nameof(command.ModerationMode), "Choose how posts are moderated."));
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(command.TimeZoneId, out var zone))
        {
            errors.Add(new(nameof(command.TimeZoneId), "Choose a time zone from the list."));
            return errors;
        }
        if (command.OpensLocal is not { } opens || command.ClosesLocal is not { } closes)
        {
            errors.Add(new(nameof(command.OpensLocal), "Give the opening and closing times."));
            return errors;
        }
        opensAt = ToUtc(opens, zone);
        closesAt = ToUtc(closes, zone);
        if (closesAt <= opensAt)
        {
            errors.Add(new(nameof(command.ClosesLocal), "The debate must close after it opens."));
        }
        else if (closesAt <= now)
        {
            errors.Add(new(nameof(command.ClosesLocal), "The closing time is already past."));
        }
        var lines = (command.Questions ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > MaxQuestions)
        {
            errors.Add(new(nameof(command.Questions), "A debate can have at most {0} guiding questions.", MaxQuestions));
        }
        foreach (var (line, index) in lines.Take(MaxQuestions).Select((l, i) => (l, i)))
        {
            DateOnly? focus = null;
            var text = line;
            if (line.Length > 11 && line[10] == ':' && DateOnly.TryParseExact(line[..10], "yyyy-MM-dd", out var day))
            {
                focus = day;
                text = line[11..].Trim();
            }
            if (text.Length is 0 or > GuidingQuestion.TextLength)
            {
                errors.Add(new(nameof(command.Questions), "Each guiding question must have between 1 and {0} characters.", GuidingQuestion.TextLength));
                break;
            }
            questions.Add(new GuidingQuestion { Order = index + 1, Text = text, FocusDay = focus });
        }
        return errors;
    }

    /// <summary>
    /// A wall-clock time in a zone, to UTC. A time skipped by a daylight-saving jump is read as the instant
    /// just after the jump; an ambiguous one (clocks going back) as its first occurrence.
    /// </summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>
    /// The debate a valid command describes, not yet saved (published as the command says), or the command's refusals;
    /// shared with the debates opened in a working group's space.
    /// </summary>
    public static CommandResult<Debate> Build(DebateCommand command, string createdById, DateTimeOffset now)
    {
        var errors = Validate(command, now, out var opensAt, out var closesAt, out var questions);
        if (errors.Count > 0)
        {
            return CommandResult<Debate>.Failure(errors);
        }
        return new Debate
        {
            Title = command.Title.Trim(),
            Summary = command.Summary.Trim(),
            Context = command.Context?.Trim() ?? "",
            OpensAt = opensAt,
            ClosesAt = closesAt,
            ModerationMode = command.ModerationMode,
            IsPublished = command.Publish,
            CreatedById = createdById,
            CreatedAt = now,
            Questions = questions,
        };
    }

    public async Task<CommandResult<Debate>> HandleAsync(Actor moderator, DebateCommand command, CancellationToken cancellationToken = default)
    {
        if (!(await access.RolesOfAsync(moderator.UserId, cancellationToken)).IsModerator)
        {
            return CommandResult<Debate>.Failed("", "Only moderators can do this.");
        }
        var now = clock.GetUtcNow();
        var (debate, errors) = Build(command, moderator.UserId, now);
        if (debate is null)
        {
            return CommandResult<Debate>.Failure(errors);
        }
        db.Debates.Add(debate);
        audit.Record(moderator, "debate.created", null, debate.Title);
        await db.SaveChangesAsync(cancellationToken);
        if (debate.IsPublished)
        {
            scheduler.ScheduleTransitions(debate, now);
        }
        return debate;
    }
}
