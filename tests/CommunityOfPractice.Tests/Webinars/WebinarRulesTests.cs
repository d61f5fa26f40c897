using CommunityOfPractice.Features.Webinars;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Webinars;

public sealed class WebinarRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 10, 12, 0, 0, TimeSpan.Zero);

    private static Webinar At(DateTimeOffset start) => new() { Id = 7, Title = "Context", StartsAt = start, EndsAt = start.AddHours(1), MeetingUrl = "https://meet.example.org/x" };

    [Fact]
    public void Reminders_are_scheduled_24_hours_and_1_hour_before_while_they_are_ahead()
    {
        var clock = new FakeTimeProvider(Start.AddDays(-3));
        var webinar = At(Start);

        Assert.Equal([Start.AddHours(-24), Start.AddHours(-1)], WebinarReminders.InstantsAhead(webinar, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        Assert.Equal([Start.AddHours(-1)], WebinarReminders.InstantsAhead(webinar, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromHours(23));
        Assert.Empty(WebinarReminders.InstantsAhead(webinar, clock.GetUtcNow()));
    }

    [Fact]
    public void Each_reminder_falls_due_at_its_instant_and_once_per_start_time()
    {
        var clock = new FakeTimeProvider(Start.AddHours(-25));
        var webinar = At(Start);

        Assert.Null(WebinarReminders.DueAt(webinar, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(WebinarReminder.DayBefore, WebinarReminders.DueAt(webinar, clock.GetUtcNow()));
        webinar.DayReminderSentFor = Start;
        Assert.Null(WebinarReminders.DueAt(webinar, clock.GetUtcNow()));

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(WebinarReminder.HourBefore, WebinarReminders.DueAt(webinar, clock.GetUtcNow()));
        webinar.HourReminderSentFor = Start;
        Assert.Null(WebinarReminders.DueAt(webinar, clock.GetUtcNow()));

        // Moved 12 hours later: the reminders sent were for the old time, so the day one falls due again.
        webinar.StartsAt = Start.AddHours(12);
        Assert.Equal(WebinarReminder.DayBefore, WebinarReminders.DueAt(webinar, clock.GetUtcNow()));
    }

    [Fact]
    public void A_late_run_inside_the_last_hour_sends_only_the_hour_reminder_and_nothing_after_the_start()
    {
        var webinar = At(Start);
        Assert.Equal(WebinarReminder.HourBefore, WebinarReminders.DueAt(webinar, Start.AddMinutes(-30)));
        Assert.Null(WebinarReminders.DueAt(webinar, Start));
        webinar.CancelledAt = Start.AddDays(-2);
        Assert.Null(WebinarReminders.DueAt(webinar, Start.AddMinutes(-30)));
        Assert.Empty(WebinarReminders.InstantsAhead(webinar, Start.AddDays(-3)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1 555", "\"'+1 555\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tTab", "\"'\tTab\"")]
    [InlineData("Ana, \"Ngozi\"", "\"Ana, \"\"Ngozi\"\"\"")]
    [InlineData("", "\"\"")]
    public void Csv_fields_never_start_a_formula(string value, string expected) => Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void The_invitation_keeps_its_uid_raises_its_sequence_and_becomes_a_cancellation()
    {
        var webinar = At(Start);
        var organizer = new CalendarPerson("community@cop.example.org", "Community of Practice");
        var attendee = new CalendarPerson("amina@example.org", "Amina Wanjiru");
        var first = Ical.Net.Calendar.Load(WebinarInvitation.Create(webinar, "https://cop.example.org/webinars/7", organizer, attendee))!;
        webinar.Sequence = 2;
        webinar.CancelledAt = Start.AddDays(-1);
        var cancelled = Ical.Net.Calendar.Load(WebinarInvitation.Create(webinar, "https://cop.example.org/webinars/7", organizer, attendee))!;

        Assert.Equal("REQUEST", first.Method);
        Assert.Equal("CANCEL", cancelled.Method);
        Assert.Equal(first.Events.Single().Uid, cancelled.Events.Single().Uid);
        Assert.Equal(2, cancelled.Events.Single().Sequence);
        Assert.Equal("CANCELLED", cancelled.Events.Single().Status);
    }

    [Fact]
    public void A_mailed_invitation_names_its_organizer_and_attendee_and_a_download_is_published()
    {
        var webinar = At(Start);
        webinar.MeetingUrl = "https://meet.example.org/ncd-council";
        const string page = "https://cop.example.org/webinars/7";

        var request = Ical.Net.Calendar.Load(WebinarInvitation.Create(webinar, page,
            new CalendarPerson("community@cop.example.org", "Communauté de pratique"), new CalendarPerson("amina@example.org", "Amina Wanjiru")))!;
        var published = Ical.Net.Calendar.Load(WebinarInvitation.Publish(webinar, page))!;

        var invitation = request.Events.Single();
        Assert.Equal("mailto:community@cop.example.org", invitation.Organizer!.Value!.ToString());
        Assert.Equal("Communauté de pratique", invitation.Organizer.CommonName);
        var attendee = Assert.Single(invitation.Attendees);
        Assert.Equal("mailto:amina@example.org", attendee.Value!.ToString());
        Assert.Equal("ACCEPTED", attendee.ParticipationStatus);
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        Assert.NotNull(invitation.DtStamp);
        Assert.Contains(webinar.MeetingUrl, invitation.Description);
        Assert.Equal(page, invitation.Url!.ToString());
        Assert.Equal("PUBLISH", published.Method);
        Assert.Null(published.Events.Single().Organizer);
        Assert.Contains(webinar.MeetingUrl, published.Events.Single().Description);
    }

    [Fact]
    public void A_stored_webinar_fills_the_form_in_the_moderators_zone_and_round_trips()
    {
        var webinar = At(new DateTimeOffset(2018, 6, 27, 12, 0, 0, TimeSpan.Zero));
        webinar.RegistrationDeadline = webinar.StartsAt;
        webinar.Speakers = [new WebinarSpeaker { Order = 1, Name = "Ana", Role = "Nurse" }, new WebinarSpeaker { Order = 2, Name = "Raj", Bio = "Lives with diabetes" }];

        var command = CreateWebinar.ToCommand(webinar, "Asia/Kolkata");
        Assert.Equal(new DateTime(2018, 6, 27, 17, 30, 0), command.StartsLocal);
        var errors = CreateWebinar.Validate(command, webinar.StartsAt.AddDays(1), out var again, webinar);

        Assert.Empty(errors);
        Assert.Equal(webinar.StartsAt, again.StartsAt);
        Assert.Equal(["Ana|Nurse|", "Raj||Lives with diabetes"], again.Speakers.Select(s => $"{s.Name}|{s.Role}|{s.Bio}"));
    }

    /// <summary>The form stops longer text; a hand-made request gets a field error, not a database error on PostgreSQL's varchar.</summary>
    [Theory]
    [InlineData(nameof(WebinarCommand.Languages))]
    [InlineData(nameof(WebinarCommand.AccessibilityNotes))]
    [InlineData(nameof(WebinarCommand.MeetingUrl))]
    public void Text_longer_than_its_column_is_refused_with_the_fields_name(string field)
    {
        var command = new WebinarCommand
        {
            Title = "Context", TimeZoneId = "UTC", StartsLocal = Start.AddDays(1).DateTime, EndsLocal = Start.AddDays(1).AddHours(1).DateTime,
            MeetingUrl = "https://meet.example.org/x",
        };
        var tooLong = new string('a', Webinar.UrlLength + 1);
        switch (field)
        {
            case nameof(WebinarCommand.Languages): command.Languages = tooLong; break;
            case nameof(WebinarCommand.AccessibilityNotes): command.AccessibilityNotes = tooLong; break;
            default: command.MeetingUrl = "https://meet.example.org/" + tooLong; break;
        }

        var errors = CreateWebinar.Validate(command, Start, out _);

        Assert.Equal([field], errors.Select(e => e.Field));
    }
}
