using System.Text;
using System.Text.RegularExpressions;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Organisations;

/// <summary>An organisation's whole way in a real browser: applied for with a PDF through the file input, approved, found by region.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganisationJourneyTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    [Fact]
    public async Task A_member_applies_with_a_pdf_a_moderator_approves_and_it_shows_in_the_directory_filtered_by_region()
    {
        var member = await App.CreatePersonAsync($"Aicha {Guid.NewGuid().ToString("N")[..6]}", Roles.Member);
        var moderator = await App.CreatePersonAsync("Organisation moderator", Roles.Member, Roles.Moderator);
        var name = $"Réseau sénégalais des patients {Guid.NewGuid().ToString("N")[..6]}";

        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, member);
        await page.GotoAsync("/organisations/join");
        var main = page.Locator("main");
        await main.GetByLabel("Name of the organisation").FillAsync(name);
        await main.GetByLabel("Kind of organisation").SelectOptionAsync("PatientOrganisation");
        await main.GetByLabel("Country").SelectOptionAsync("SN");
        await main.GetByLabel("Website").FillAsync("https://patients.example.org");
        await main.GetByLabel("Diabetes").CheckAsync();
        // First a file that is not a PDF: refused, and what was typed stays.
        await main.Locator("#letter").SetInputFilesAsync(new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("GIF89a") });
        await main.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Alert)).ToContainTextAsync("The adhesion letter must be a PDF file.");
        await Assertions.Expect(main.GetByLabel("Name of the organisation")).ToHaveValueAsync(name);
        await Assertions.Expect(main.GetByLabel("Diabetes")).ToBeCheckedAsync();
        await main.Locator("#letter").SetInputFilesAsync(new FilePayload { Name = "adhesion.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await main.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/organisations/applications/\d+$"));
        await Assertions.Expect(main.GetByTestId("status")).ToHaveTextAsync("Waiting for a moderator");
        var applicationPath = new Uri(page.Url).AbsolutePath;

        var staff = await fixture.NewPageAsync();
        await SignIn.AsAsync(staff, moderator);
        await staff.GotoAsync("/");
        await Assertions.Expect(staff.GetByTestId("queue-organisations")).ToBeVisibleAsync();
        await staff.GotoAsync("/organisations/review");
        await staff.Locator("main").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        var reviewPath = new Uri(staff.Url).AbsolutePath;
        await Accessibility.AssertPagesHaveNoViolationsAsync(staff, "fr", [SitePages.In(reviewPath, "fr")]);
        await staff.GotoAsync(SitePages.In(reviewPath, "en"));
        var letter = await staff.APIRequest.GetAsync($"{reviewPath}/letter");
        Assert.Equal(Pdf, await letter.BodyAsync());
        await staff.Locator("main").GetByLabel("Approve: it joins the directory").CheckAsync();
        await staff.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(staff).ToHaveURLAsync(new Regex("/organisations/review$"));
        await Assertions.Expect(staff.Locator("main")).Not.ToContainTextAsync(name);

        await page.GotoAsync("/organisations");
        await main.GetByLabel("WHO region").SelectOptionAsync("Africa");
        await main.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("region=Africa"));
        await main.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Assertions.Expect(main.GetByTestId("representatives")).ToContainTextAsync(member.DisplayName);
        var organisationPath = new Uri(page.Url).AbsolutePath;
        foreach (var language in new[] { "en", "es" })
        {
            await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, new[] { organisationPath, applicationPath }.Select(p => SitePages.In(p, language)));
        }
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { organisationPath, applicationPath, "/organisations/join" })
        {
            await page.GotoAsync(path);
            var wide = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(wide <= 390, $"{path} is {wide} px wide on a 390 px phone.");
        }

        // The public summary, switched on by the coordinating body (it answers 404 until then), for anonymous visitors.
        var coordinator = new CommunityOfPractice.Features.Actor(moderator.Id, moderator.DisplayName);
        await SwitchSummaryAsync(coordinator, on: true);
        try
        {
            var visitor = await fixture.NewPageAsync();
            await Accessibility.AssertPagesHaveNoViolationsAsync(visitor, "en", ["/organisations/summary?culture=en"]);
            await Assertions.Expect(visitor.GetByTestId("summary-regions")).ToBeVisibleAsync();
            await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync(name);
            foreach (var language in new[] { "fr", "es" })
            {
                await Accessibility.AssertPagesHaveNoViolationsAsync(visitor, language, [SitePages.In("/organisations/summary", language)]);
            }
            await visitor.Context.CloseAsync();
        }
        finally
        {
            await SwitchSummaryAsync(coordinator, on: false);
        }
        await page.Context.CloseAsync();
        await staff.Context.CloseAsync();
    }

    private async Task SwitchSummaryAsync(CommunityOfPractice.Features.Actor coordinator, bool on)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OrganisationSummarySwitch>().SetAsync(coordinator, on);
        Assert.True(result.Succeeded, $"Turning the public summary {(on ? "on" : "off")} should succeed.");
    }
}
