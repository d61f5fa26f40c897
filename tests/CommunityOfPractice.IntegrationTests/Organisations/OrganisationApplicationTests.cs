using System.Net;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using static CommunityOfPractice.IntegrationTests.Organisations.OrganisationSetup;

namespace CommunityOfPractice.IntegrationTests.Organisations;

/// <summary>
/// An organisation's application through the real forms: applied for with a letter, a moderator's question answered,
/// approved or rejected; each step mailed in the applicant's language and audited; bad input refused, nothing written.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OrganisationApplicationTests(CommunityAppFactory app)
{
    [Fact]
    public async Task An_application_asked_for_more_answered_and_approved_joins_the_directory_with_its_applicant_as_representative()
    {
        var applicant = await app.CreatePersonAsync(Unique("Applicant"), Roles.Member);
        await WithDbAsync(app, db => db.Users.Where(u => u.Id == applicant.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "fr")));
        var moderator = await app.CreatePersonAsync(Unique("Moderator"), Roles.Member, Roles.Moderator);
        var name = Unique("Ligue sénégalaise contre le cancer");
        using var browser = await SignedInAsync(app, applicant);

        var sent = await browser.SubmitAsync("/organisations/join", "organisation", Form(name), Letter());
        Assert.True(sent.IsRedirect, $"Applying should redirect to the application's page:\n{sent.Html}");
        var id = int.Parse(sent.Location!.Split('/').Last());
        var received = await app.Mailbox.WaitForAsync(applicant.Email, "Nous avons reçu la candidature");
        Assert.Contains(name, received.Subject);

        // The same body under another spelling is refused while this one waits, and the form keeps what was typed.
        using var other = await SignedInAsync(app, await app.CreatePersonAsync(Unique("Second applicant"), Roles.Member));
        var twice = await other.SubmitAsync("/organisations/join", "organisation", Form($"  {name.ToUpperInvariant().Replace("É", "E")}. ", website: "https://typed.example.org"), Letter());
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        Assert.Contains("An organisation with this name is already in the directory or waiting for a decision.", twice.Text);
        Assert.Contains("https://typed.example.org", twice.Text);

        using var staff = await SignedInAsync(app, moderator);
        Assert.Contains(name, (await staff.GetAsync("/organisations/review")).Text);
        Assert.Contains("data-testid=\"queue-organisations\"", (await staff.GetAsync("/")).Html);
        using (var letter = await staff.Client.GetAsync($"/organisations/review/{id}/letter"))
        {
            Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Pdf, await letter.Content.ReadAsByteArrayAsync());
        }
        var stranger = await browser.GetAsync($"/organisations/review/{id}/letter");
        Assert.True(stranger.Status == HttpStatusCode.Forbidden || stranger.Location?.Contains("AccessDenied") == true,
            $"A member who is not a moderator must not get the letter, but got {(int)stranger.Status} {stranger.Location}.");

        var asked = await staff.SubmitAsync($"/organisations/review/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(OrganisationDecision.RequestInformation),
            ["Input.Text"] = "Who signed the letter?",
        });
        Assert.True(asked.IsRedirect, $"Asking for more should redirect:\n{asked.Html}");
        var question = await app.Mailbox.WaitForAsync(applicant.Email, "Une question sur la candidature");
        var link = new Uri(Mailbox.LinkIn(question, $"organisations/applications/{id}")).PathAndQuery;
        var answerPage = await browser.GetAsync(link);
        Assert.Contains("Who signed the letter?", answerPage.Text);
        var answered = await browser.SubmitAsync(answerPage, link, "answer", new Dictionary<string, string> { ["Input.Answer"] = "Our president, Dr Ndiaye." });
        Assert.True(answered.IsRedirect, $"Answering should redirect:\n{answered.Html}");
        Assert.Contains("Our president, Dr Ndiaye.", (await staff.GetAsync($"/organisations/review/{id}")).Text);

        var approved = await staff.SubmitAsync($"/organisations/review/{id}", "decide", new Dictionary<string, string>
        {
            ["Input.Decision"] = nameof(OrganisationDecision.Approve),
            ["Input.Text"] = "",
        });
        Assert.True(approved.IsRedirect, $"Approving should redirect:\n{approved.Html}");
        var welcome = await app.Mailbox.WaitForAsync(applicant.Email, "est désormais une organisation membre");
        var page = await browser.GetAsync(new Uri(Mailbox.LinkIn(welcome, $"organisations/{id}")).PathAndQuery);
        Assert.Contains(name, page.Text);
        Assert.Contains(applicant.DisplayName, page.Text);
        Assert.Contains(name, (await browser.GetAsync("/organisations?region=Africa&country=SN")).Text);
        Assert.Contains(name, (await browser.GetAsync("/organisations/mine")).Text);
        Assert.Equal(["organisation.applied", "organisation.information-requested", "organisation.information-provided", "organisation.approved"], await AuditAsync(app, name));

        // Decided once: a second decision is refused and changes nothing.
        Assert.DoesNotContain("name=\"_handler\" value=\"decide\"", (await staff.GetAsync($"/organisations/review/{id}")).Html);
    }

    [Fact]
    public async Task Bad_applications_are_refused_with_clear_messages_that_keep_the_form_and_a_rejection_is_mailed_with_its_reason()
    {
        var applicant = await app.CreatePersonAsync(Unique("Careless applicant"), Roles.Member);
        var moderator = await app.CreatePersonAsync(Unique("Moderator"), Roles.Member, Roles.Moderator);
        using var browser = await SignedInAsync(app, applicant);
        var name = Unique("Fundación Corazón Sano");
        var before = await WithDbAsync(app, db => db.Organisations.CountAsync());

        var cases = new (Dictionary<string, string> Form, (string, string, byte[])? Letter, string Message)[]
        {
            (Form(name), Letter("GIF89a, a picture named letter.pdf"u8.ToArray()), "The adhesion letter must be a PDF file."),
            (Form(name), Letter([.. Pdf, .. new byte[AdhesionLetter.MaxBytes]]), "The adhesion letter must be at most 5 MB."),
            (Form(name), null, "Attach the adhesion letter signed by the organisation's head."),
            (Form(name, website: "javascript:alert(1)"), Letter(), "Enter the organisation's website, starting with http:// or https://."),
            (Form(name, kind: "Spaceship"), Letter(), "Choose the kind of organisation."),
            (Form(name, country: "ZZ"), Letter(), "Choose the organisation's country."),
            (Form(""), Letter(), "Give the organisation's name."),
        };
        foreach (var (form, letter, message) in cases)
        {
            var refused = await browser.SubmitAsync("/organisations/join", "organisation", form, letter);
            Assert.True(refused.Status == HttpStatusCode.OK, $"'{message}' should be shown on the form, not {(int)refused.Status} {refused.Location}.");
            Assert.Contains(message, refused.Text);
            Assert.Contains(form["Input.Website"], refused.Text);
        }
        var french = await browser.SubmitAsync("/organisations/join?culture=fr", "organisation", Form(name, website: "ftp://files.example.org"), Letter());
        Assert.Contains(app.Translate("fr", "Enter the organisation's website, starting with http:// or https://."), french.Text);
        Assert.Equal(before, await WithDbAsync(app, db => db.Organisations.CountAsync()));
        await browser.GetAsync("/organisations/join?culture=en");

        var id = await ApprovedAsync(app, applicant, moderator, name, OrganisationKind.CivilSociety, "MX", approve: false);
        using var staff = await SignedInAsync(app, moderator);
        var noReason = await staff.SubmitAsync($"/organisations/review/{id}", "decide", new Dictionary<string, string> { ["Input.Decision"] = "Reject", ["Input.Text"] = "" });
        Assert.Contains("Give the applicant a reason for the rejection.", noReason.Text);
        var tampered = await staff.SubmitAsync($"/organisations/review/{id}", "decide", new Dictionary<string, string> { ["Input.Decision"] = "Delete", ["Input.Text"] = "x" });
        Assert.Contains("Choose a decision.", tampered.Text);
        var rejected = await staff.SubmitAsync($"/organisations/review/{id}", "decide", new Dictionary<string, string> { ["Input.Decision"] = "Reject", ["Input.Text"] = "No adhesion letter from its head." });
        Assert.True(rejected.IsRedirect, $"Rejecting should redirect:\n{rejected.Html}");
        var mail = await app.Mailbox.WaitForAsync(applicant.Email, "About the application of");
        Assert.Contains("No adhesion letter from its head.", mail.TextBody);
        Assert.Contains("No adhesion letter from its head.", (await browser.GetAsync($"/organisations/applications/{id}")).Text);
        Assert.DoesNotContain(name, (await browser.GetAsync("/organisations?country=MX")).Text);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/organisations/{id}")).Status);
        Assert.Contains("Organisation not found", (await browser.GetAsync($"/organisations/{id}")).Text);
        Assert.Equal(["organisation.applied", "organisation.rejected"], await AuditAsync(app, name));

        // A rejected name may apply again: only approved and waiting names are taken.
        var again = await browser.SubmitAsync("/organisations/join", "organisation", Form(name), Letter());
        Assert.True(again.IsRedirect, $"A rejected organisation may apply again:\n{again.Html}");
    }
}
