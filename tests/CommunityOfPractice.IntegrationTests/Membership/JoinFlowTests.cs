using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Membership;

[Collection(AppCollection.Name)]
public sealed class JoinFlowTests(CommunityAppFactory app)
{
    public static Dictionary<string, string> Application(string email, string displayName = "Amina") => new()
    {
        ["Input.DisplayName"] = displayName,
        ["Input.LegalName"] = "Amina Wanjiru",
        ["Input.Email"] = email,
        ["Input.Password"] = CommunityAppFactory.Password,
        ["Input.Category"] = nameof(StakeholderCategory.PersonLivingWithNcd),
        ["Input.Diabetes"] = "true",
        ["Input.CountryCode"] = "KE",
        ["Input.Organisation"] = "Diabetes Kenya",
        ["Input.Motivation"] = "I live with type 1 diabetes and want to share what worked in our clinic.",
        ["Input.PreferredLanguage"] = "en",
        ["Input.TimeZoneId"] = "Africa/Nairobi",
        ["Input.AcceptsCodeOfConduct"] = "true",
        ["Input.AcceptsPrivacyNotice"] = "true",
    };

    private static string NewEmail() => $"applicant.{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task An_applicant_confirms_by_mail_is_approved_by_a_moderator_and_signs_in_as_a_member()
    {
        var email = NewEmail();
        using var applicant = new Browser(app);
        var sent = await applicant.SubmitAsync("/join", "join", Application(email));
        Assert.True(sent.IsRedirect, sent.Html);
        Assert.Contains("/join/sent", sent.Location);

        var confirmation = await app.Mailbox.WaitForAsync(email, "Confirm your email");
        var confirmed = await applicant.NavigateAsync(Mailbox.LinkIn(confirmation, "ConfirmEmail"));
        Assert.Contains("Thank you for confirming your email address", confirmed.Text);
        await app.Mailbox.WaitForAsync(email, "with the moderators");

        var pending = new TestPerson("", email, CommunityAppFactory.Password, "Amina", null);
        await applicant.SignInAsync(pending);
        var members = await applicant.GetAsync("/members");
        Assert.True(members.IsRedirect, $"A pending applicant opening /members should be redirected to their application, not answered {members.Status}.");
        Assert.EndsWith("/application", members.Location);
        var status = await applicant.GetAsync("/application");
        Assert.Contains("data-status=\"Pending\"", status.Text);

        int applicationId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            applicationId = await db.MembershipApplications.Where(a => a.User!.Email == email).Select(a => a.Id).SingleAsync();
        }

        var moderator = await app.CreatePersonAsync("Moderator Moana", Roles.Member, Roles.Moderator);
        using var moderatorBrowser = new Browser(app);
        await moderatorBrowser.SignInAsync(moderator);
        var queue = await moderatorBrowser.GetAsync("/moderation");
        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.Contains($"moderation/applications/{applicationId}", queue.Html);
        var review = await moderatorBrowser.GetAsync($"/moderation/applications/{applicationId}");
        Assert.Contains("Amina Wanjiru", review.Text);
        var decided = await moderatorBrowser.SubmitAsync(review, $"/moderation/applications/{applicationId}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(ApplicationDecision.Approve),
        });
        Assert.True(decided.IsRedirect, decided.Html);
        var welcome = await app.Mailbox.WaitForAsync(email, "Welcome");
        Assert.Contains("/Account/Login", Mailbox.LinkIn(welcome, "Account/Login"));

        // Roles changed: the next sign-in carries the Member role.
        using var member = new Browser(app);
        await member.SignInAsync(pending);
        var directory = await member.GetAsync("/members");
        Assert.Equal(HttpStatusCode.OK, directory.Status);
        Assert.Contains("Amina", directory.Text);

        await using var check = app.Services.CreateAsyncScope();
        var audit = await check.ServiceProvider.GetRequiredService<CommunityDbContext>().AuditEntries
            .Where(e => e.SubjectName == "Amina").Select(e => e.Action).ToListAsync();
        Assert.Contains("application.submitted", audit);
        Assert.Contains("application.email-confirmed", audit);
        Assert.Contains("application.approved", audit);
    }

    [Fact]
    public async Task A_moderator_can_ask_for_more_information_and_the_answer_returns_the_application_to_the_queue()
    {
        var email = NewEmail();
        using var applicant = new Browser(app);
        await applicant.SubmitAsync("/join", "join", Application(email, "Bruno"));
        await applicant.NavigateAsync(Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm"), "ConfirmEmail"));

        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().MembershipApplications
                .Where(a => a.User!.Email == email).Select(a => a.Id).SingleAsync();
        }
        var moderator = await app.CreatePersonAsync("Moderator Ask", Roles.Member, Roles.Moderator);
        using var moderatorBrowser = new Browser(app);
        await moderatorBrowser.SignInAsync(moderator);

        var missingQuestion = await moderatorBrowser.SubmitAsync($"/moderation/applications/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(ApplicationDecision.RequestInformation),
        });
        Assert.Equal(HttpStatusCode.OK, missingQuestion.Status);
        Assert.Contains("Write the question the applicant should answer.", missingQuestion.Text);

        await moderatorBrowser.SubmitAsync($"/moderation/applications/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(ApplicationDecision.RequestInformation),
            ["Input.Text"] = "Which organisation do you represent?",
        });
        var question = await app.Mailbox.WaitForAsync(email, "question");
        Assert.Contains("Which organisation do you represent?", question.TextBody);

        await applicant.SignInAsync(new TestPerson("", email, CommunityAppFactory.Password, "Bruno", null));
        var answered = await applicant.SubmitAsync(Mailbox.LinkIn(question, "/application"), "answer", new Dictionary<string, string>
        {
            ["Input.Answer"] = "Heart Friends Network, Lyon.",
        });
        Assert.True(answered.IsRedirect, answered.Html);

        await using var check = app.Services.CreateAsyncScope();
        var application = await check.ServiceProvider.GetRequiredService<CommunityDbContext>().MembershipApplications.SingleAsync(a => a.Id == id);
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal("Heart Friends Network, Lyon.", application.InformationResponse);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_mails_it_to_the_applicant()
    {
        var email = NewEmail();
        using var applicant = new Browser(app);
        await applicant.SubmitAsync("/join", "join", Application(email, "Carla"));
        await applicant.NavigateAsync(Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm"), "ConfirmEmail"));
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().MembershipApplications
                .Where(a => a.User!.Email == email).Select(a => a.Id).SingleAsync();
        }
        using var moderatorBrowser = new Browser(app);
        await moderatorBrowser.SignInAsync(await app.CreatePersonAsync("Moderator Reject", Roles.Member, Roles.Moderator));

        var noReason = await moderatorBrowser.SubmitAsync($"/moderation/applications/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(ApplicationDecision.Reject),
        });
        Assert.Contains("Give the applicant a reason for the rejection.", noReason.Text);

        await moderatorBrowser.SubmitAsync($"/moderation/applications/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(ApplicationDecision.Reject),
            ["Input.Text"] = "This community is for people working on NCDs.",
        });
        var mail = await app.Mailbox.WaitForAsync(email, "About your application");
        Assert.Contains("This community is for people working on NCDs.", mail.TextBody);
    }

    [Fact]
    public async Task Mail_is_written_in_the_applicants_language()
    {
        var email = NewEmail();
        using var applicant = new Browser(app);
        var fields = Application(email, "Dolores");
        fields["Input.PreferredLanguage"] = "es";
        var sent = await applicant.SubmitAsync("/join?culture=es", "join", fields);
        Assert.True(sent.IsRedirect, sent.Html);
        var spanish = app.Translate("es", "Confirm your email address");
        Assert.NotEqual("Confirm your email address", spanish);
        var mail = await app.Mailbox.WaitForAsync(email, spanish);
        Assert.Equal("es", mail.Body!.Headers["Content-Language"]);
    }
}
