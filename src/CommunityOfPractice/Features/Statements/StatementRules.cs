using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Statements;

/// <summary>What a draft and its signing window must hold, checked before anything is written.</summary>
internal static class StatementRules
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    public static List<FieldError> ValidateText(StatementCommand command)
    {
        var errors = new List<FieldError>();
        var title = command.Title?.Trim() ?? "";
        if (title.Length is 0 or > Statement.TitleLength)
        {
            errors.Add(new(nameof(command.Title), "Give the statement a title (at most {0} characters).", Statement.TitleLength));
        }
        var text = command.Markdown?.Trim() ?? "";
        if (text.Length is 0 or > Statement.TextLength)
        {
            errors.Add(new(nameof(command.Markdown), "Write the statement's text (at most {0} characters).", Statement.TextLength));
        }
        if (!Languages.Contains(command.Language))
        {
            errors.Add(new(nameof(command.Language), "Choose the statement's language."));
        }
        return errors;
    }

    /// <summary>The signing window, entered in a time zone, in UTC; it must close after it opens and not be over already.</summary>
    public static List<FieldError> ValidateWindow(DateTime? opensLocal, DateTime? closesLocal, string? timeZoneId, DateTimeOffset now, out DateTimeOffset opensAt, out DateTimeOffset closesAt)
    {
        var errors = new List<FieldError>();
        opensAt = closesAt = default;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId ?? "", out var zone))
        {
            errors.Add(new(nameof(StatementCommand.TimeZoneId), "Choose a time zone from the list."));
            return errors;
        }
        if (opensLocal is not { } opens || closesLocal is not { } closes)
        {
            errors.Add(new(nameof(StatementCommand.OpensLocal), "Give the opening and closing times of the signing window."));
            return errors;
        }
        opensAt = CreateDebate.ToUtc(opens, zone);
        closesAt = CreateDebate.ToUtc(closes, zone);
        if (closesAt <= opensAt)
        {
            errors.Add(new(nameof(StatementCommand.ClosesLocal), "The signing window must close after it opens."));
        }
        else if (closesAt <= now)
        {
            errors.Add(new(nameof(StatementCommand.ClosesLocal), "The closing time is already past."));
        }
        return errors;
    }

    /// <summary>
    /// Whether a member may sign <paramref name="statement"/> for <paramref name="organisationId"/> at <paramref name="now"/>:
    /// only while its window is open, only for an approved organisation they represent, once per organisation.
    /// </summary>
    public static FieldError? CheckSigning(Statement statement, DateTimeOffset now, IReadOnlyCollection<int> represented, IReadOnlyCollection<int> signed, int organisationId)
    {
        if (!statement.IsOpenAt(now))
        {
            return OutsideWindow(statement, now);
        }
        if (!represented.Contains(organisationId))
        {
            return new FieldError("OrganisationId", "You can sign only for an approved organisation you represent.");
        }
        return signed.Contains(organisationId) ? AlreadySigned : null;
    }

    /// <summary>Whether the signature of <paramref name="organisationId"/> may be withdrawn now: while the window is open, by its representatives.</summary>
    public static FieldError? CheckWithdrawal(Statement statement, DateTimeOffset now, IReadOnlyCollection<int> represented, IReadOnlyCollection<int> signed, int organisationId)
    {
        if (!statement.IsOpenAt(now))
        {
            return OutsideWindow(statement, now);
        }
        if (!represented.Contains(organisationId))
        {
            return new FieldError("OrganisationId", "You can withdraw only the signature of an organisation you represent.");
        }
        return signed.Contains(organisationId) ? null : new FieldError("OrganisationId", "This organisation has not signed the statement.");
    }

    /// <summary>
    /// Whether the statement's title, text and language may still change at <paramref name="now"/>: only while it is a draft
    /// whose window has never opened and that nobody has signed (a window moved later after opening keeps the text locked).
    /// </summary>
    public static FieldError? CheckEditing(Statement statement, DateTimeOffset now, bool hasSignatures) =>
        statement.StateAt(now) != StatementState.Draft || statement.OpenedAt is not null || hasSignatures ? TextLocked : null;

    public static FieldError TextLocked { get; } = new("", "The signing window has opened: the text is locked, as organisations sign it as it stands.");

    public static FieldError AlreadySigned { get; } = new("OrganisationId", "This organisation has already signed the statement.");

    private static FieldError OutsideWindow(Statement statement, DateTimeOffset now) => statement.StateAt(now) == StatementState.Draft
        ? new FieldError("OrganisationId", "The signing window has not opened yet.")
        : new FieldError("OrganisationId", "The signing window has closed.");
}
