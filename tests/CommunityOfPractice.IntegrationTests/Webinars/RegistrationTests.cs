using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Webinars;

[Collection(AppCollection.Name)]
public sealed class RegistrationTests(CommunityAppFactory app)
{
    private async Task<int> WebinarAsync(int? capacity, DateTimeOffset? deadline = null, string title = "Context-setting webinar")
    {
        var moderator = await app.CreatePersonAsync("Webinar Host", Roles.Member, Roles.Moderator);
        var starts = DateTime.UtcNow.AddDays(2);
        await using var scope = app.Services.CreateAsyncScope();
        var (webinar, errors) = await scope.ServiceProvider.GetRequiredService<CreateWebinar>().HandleAsync(new Actor(moderator.Id, "Webinar Host"), new WebinarCommand
        {
            Title = title,
            Description = "Before the debate.",
            Speakers = "Dr. A. Speaker | Epidemiologist | Works on NCD policy",
            StartsLocal = starts,
            EndsLocal = starts.AddHours(1),
            DeadlineLocal = deadline?.UtcDateTime,
            TimeZoneId = "UTC",
            Capacity = capacity,
            MeetingUrl = "https://meet.example.org/ncd",
        });
        Assert.Empty(errors);
        return webinar!.Id;
    }

    private async Task<CommandResult<RegistrationStatus?>> RegisterAsync(string userId, int webinarId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(userId, webinarId);
    }

    [Fact]
    public async Task Two_members_taking_the_last_seat_at_once_get_one_seat_and_one_waitlist_place()
    {
        var id = await WebinarAsync(capacity: 1);
        var first = await app.CreatePersonAsync("Racer One", Roles.Member);
        var second = await app.CreatePersonAsync("Racer Two", Roles.Member);

        var results = await Task.WhenAll(RegisterAsync(first.Id, id), RegisterAsync(second.Id, id));

        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted], results.Select(r => r.Value!.Value).Order());
    }

    [Fact]
    public async Task A_freed_seat_goes_to_the_first_in_line_who_is_mailed()
    {
        var id = await WebinarAsync(capacity: 1);
        var seated = await app.CreatePersonAsync("Seated", Roles.Member);
        var firstInLine = await app.CreatePersonAsync("First In Line", Roles.Member);
        var secondInLine = await app.CreatePersonAsync("Second In Line", Roles.Member);
        Assert.Equal(RegistrationStatus.Registered, (await RegisterAsync(seated.Id, id)).Value);
        Assert.Equal(RegistrationStatus.Waitlisted, (await RegisterAsync(firstInLine.Id, id)).Value);
        Assert.Equal(RegistrationStatus.Waitlisted, (await RegisterAsync(secondInLine.Id, id)).Value);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CancelRegistration>().HandleAsync(seated.Id, id);
        }

        await using var check = app.Services.CreateAsyncScope();
        var statuses = await check.ServiceProvider.GetRequiredService<CommunityDbContext>().WebinarRegistrations
            .Where(r => r.WebinarId == id).ToDictionaryAsync(r => r.UserId, r => r.Status);
        Assert.Equal(RegistrationStatus.Cancelled, statuses[seated.Id]);
        Assert.Equal(RegistrationStatus.Registered, statuses[firstInLine.Id]);
        Assert.Equal(RegistrationStatus.Waitlisted, statuses[secondInLine.Id]);
        await app.Mailbox.WaitForAsync(firstInLine.Email, "A seat is yours");
        await app.WaitForOutboxAsync();
        // Only the seat mail counts: other tests of the collection may mail every member (a debate opening).
        Assert.DoesNotContain(app.Mailbox.For(secondInLine.Email), m => (m.Subject ?? "").Contains("A seat is yours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registration_after_the_deadline_is_refused()
    {
        var id = await WebinarAsync(capacity: null, deadline: DateTimeOffset.UtcNow.AddMinutes(-1));
        var late = await app.CreatePersonAsync("Late Comer", Roles.Member);
        var result = await RegisterAsync(late.Id, id);
        Assert.False(result.Succeeded, "Registration after the deadline should be refused.");
        Assert.StartsWith("Registration for this webinar closed", result.Errors[0].Message);
    }

    [Fact]
    public async Task Only_registered_members_see_the_meeting_link()
    {
        var id = await WebinarAsync(capacity: null);
        using var browser = new Browser(app);
        await browser.SignInAsync(await app.CreatePersonAsync("Link Seeker", Roles.Member));

        var before = await browser.GetAsync($"/webinars/{id}");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.DoesNotContain("https://meet.example.org/ncd", before.Text);
        Assert.Contains("Dr. A. Speaker", before.Text);

        var registered = await browser.SubmitAsync(before, $"/webinars/{id}", "register", new Dictionary<string, string>());
        Assert.True(registered.IsRedirect, registered.Text);
        var after = await browser.GetAsync($"/webinars/{id}");
        Assert.Contains("https://meet.example.org/ncd", after.Text);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "The meeting link must be an http or https address.")]
    [InlineData("ftp://example.org", "The meeting link must be an http or https address.")]
    public void A_non_http_meeting_link_is_refused(string link, string message)
    {
        var errors = CreateWebinar.Validate(new WebinarCommand
        {
            Title = "t", StartsLocal = DateTime.UtcNow.AddDays(1), EndsLocal = DateTime.UtcNow.AddDays(1).AddHours(1), MeetingUrl = link,
        }, DateTimeOffset.UtcNow, out _);
        Assert.Contains(errors, e => e.Message == message);
    }

    [Fact]
    public void A_webinar_ending_before_it_starts_or_starting_in_the_past_is_refused()
    {
        var now = DateTimeOffset.UtcNow;
        var backwards = CreateWebinar.Validate(new WebinarCommand
        {
            Title = "t", StartsLocal = now.UtcDateTime.AddDays(1), EndsLocal = now.UtcDateTime.AddHours(1), MeetingUrl = "https://example.org",
        }, now, out _);
        Assert.Contains(backwards, e => e.Message == "The webinar must end after it starts.");
        var past = CreateWebinar.Validate(new WebinarCommand
        {
            Title = "t", StartsLocal = now.UtcDateTime.AddHours(-2), EndsLocal = now.UtcDateTime.AddHours(-1), MeetingUrl = "https://example.org",
        }, now, out _);
        Assert.Contains(past, e => e.Message == "A new webinar must start in the future.");
    }

    [Fact]
    public async Task A_seat_is_confirmed_by_mail_with_an_invitation_that_calendar_software_reads_back()
    {
        var id = await WebinarAsync(capacity: null);
        var member = await app.CreatePersonAsync("Calendar User", Roles.Member);
        Assert.Equal(RegistrationStatus.Registered, (await RegisterAsync(member.Id, id)).Value);

        var mail = await app.Mailbox.WaitForAsync(member.Email, "You are registered");
        var attachment = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>(), a => a.FileName == "invitation.ics");
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        var invitation = Assert.Single(calendar.Events);
        await using var scope = app.Services.CreateAsyncScope();
        var webinar = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Webinars.SingleAsync(w => w.Id == id);
        Assert.Equal($"webinar-{id}@community-of-practice", invitation.Uid);
        Assert.Equal(webinar.StartsAt.UtcDateTime, invitation.DtStart!.AsUtc);
        Assert.Equal(webinar.EndsAt.UtcDateTime, invitation.DtEnd!.AsUtc);
        Assert.Equal(0, invitation.Sequence);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("mailto:community@localhost", invitation.Organizer!.Value!.ToString());
        Assert.Equal($"mailto:{member.Email}", Assert.Single(invitation.Attendees).Value!.ToString());
        Assert.Equal("ACCEPTED", invitation.Attendees.Single().ParticipationStatus);
        Assert.NotNull(invitation.DtStamp);
        Assert.Equal($"{app.PublicBaseUrl}/webinars/{id}", invitation.Url!.ToString().TrimEnd('/'));
        Assert.Equal("utf-8", attachment.ContentType.Charset);
    }

    [Theory]
    [InlineData("Réunion de cadrage — santé des aînés")]
    [InlineData("慢性病患者参与 · مشاركة المرضى")]
    public async Task An_accented_or_non_latin_title_reaches_the_calendar_intact_through_a_strict_mime_reader(string title)
    {
        var id = await WebinarAsync(capacity: null, title: title);
        var member = await app.CreatePersonAsync("Strict Reader", Roles.Member);
        Assert.Equal(RegistrationStatus.Registered, (await RegisterAsync(member.Id, id)).Value);

        var mail = await app.Mailbox.WaitForAsync(member.Email, "You are registered");
        // The message as a strict parser reads it from its bytes, not as the mailbox helper already decoded it.
        using var raw = new MemoryStream();
        await mail.WriteToAsync(raw);
        raw.Position = 0;
        var parsed = await MimeKit.MimeMessage.LoadAsync(new MimeKit.ParserOptions { ParameterComplianceMode = MimeKit.RfcComplianceMode.Strict, AddressParserComplianceMode = MimeKit.RfcComplianceMode.Strict }, raw);
        Assert.Contains(title, parsed.Subject);
        Assert.All(parsed.BodyParts.OfType<MimeKit.TextPart>(), part => Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true));
        var attachment = Assert.Single(parsed.BodyParts.OfType<MimeKit.MimePart>(), part => part.ContentType.MediaSubtype == "calendar");
        Assert.Equal("utf-8", attachment.ContentType.Charset, ignoreCase: true);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
        Assert.Equal(title, Assert.Single(calendar.Events).Summary);
    }
}
