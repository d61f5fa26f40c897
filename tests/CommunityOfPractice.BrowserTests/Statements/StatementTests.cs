using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Features.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Statements;

/// <summary>
/// A representative signs a statement in a real browser; once its window has closed and the closing job's work is done,
/// anyone reads it publicly, signatories by region. Its pages scanned with axe in every language and at phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatementTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private async Task<IPage> SignedInAsync(TestPerson person, string language = "en")
    {
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, person, language);
        return page;
    }

    [Fact]
    public async Task A_representative_signs_a_statement_and_after_its_window_closes_it_appears_publicly()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var coordinator = await App.CreatePersonAsync("Statement Coordinator " + suffix, Roles.Member, Roles.Coordinator);
        var moderator = await App.CreatePersonAsync("Statement Moderator " + suffix, Roles.Member, Roles.Moderator);
        var representative = await App.CreatePersonAsync("Statement Signer " + suffix, Roles.Member);
        var organisationName = "Nairobi heart network " + suffix;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var (organisation, errors) = await scope.ServiceProvider.GetRequiredService<ApplyForOrganisation>().HandleAsync(representative.Id, new OrganisationCommand
            {
                Name = organisationName, Kind = OrganisationKind.PatientOrganisation, CountryCode = "KE", Website = "https://example.org",
                NcdAreas = NcdAreas.Diabetes, Letter = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"),
            });
            Assert.True(organisation is not null, string.Join(" ", errors.Select(e => e.Message)));
            var decided = await scope.ServiceProvider.GetRequiredService<DecideOnOrganisation>().HandleAsync(new Actor(moderator.Id, moderator.DisplayName), organisation.Id, OrganisationDecision.Approve, null);
            Assert.True(decided.Succeeded, string.Join(" ", decided.Errors.Select(e => e.Message)));
        }
        string slug;
        string draftSlug;
        var title = "Clean air for every child " + suffix;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var (statement, errors) = await scope.ServiceProvider.GetRequiredService<DraftStatement>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), true, new StatementCommand
            {
                Title = title, Markdown = "We call for **clean air** around every school.", Language = "en",
                OpensLocal = DateTime.UtcNow.AddMinutes(-5), ClosesLocal = DateTime.UtcNow.AddHours(2), TimeZoneId = "UTC",
            });
            Assert.True(statement is not null, string.Join(" ", errors.Select(e => e.Message)));
            slug = statement.Slug;
        }

        var signing = await SignedInAsync(representative);
        await signing.GotoAsync($"/statements/{slug}/sign");
        await signing.Locator("main").GetByLabel("Sign on behalf of").SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await signing.GetByRole(AriaRole.Button, new() { Name = "Sign the statement" }).ClickAsync();
        await Assertions.Expect(signing.Locator("main")).ToContainTextAsync($"{organisationName} has signed.");
        await Assertions.Expect(signing.GetByTestId("signatories")).ToContainTextAsync(organisationName);
        await signing.Context.CloseAsync();

        var visitor = await fixture.NewPageAsync();
        var before = await visitor.GotoAsync($"/statements/{slug}");
        Assert.Equal(404, before!.Status);

        // The window closes: moved into the past (the app runs on the real clock), then the closing job's work is done.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var closed = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.Set<Statement>().Where(s => s.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(x => x.OpensAt, closed.AddHours(-3)).SetProperty(x => x.ClosesAt, closed));
            await scope.ServiceProvider.GetServices<IReconciler>().Single(r => r.Name == "statements").ReconcileAsync(CancellationToken.None);
        }
        var after = await visitor.GotoAsync($"/statements/{slug}");
        Assert.Equal(200, after!.Status);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(visitor.Locator("main strong", new() { HasText = "clean air" })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByTestId("region-Africa")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync(organisationName);
        await visitor.GotoAsync("/statements");
        await Assertions.Expect(visitor.GetByTestId($"statement-{slug}")).ToBeVisibleAsync();
        await visitor.Context.CloseAsync();

        // A draft with a toolkit file, so its edit form and the toolkit's remove buttons are walked too.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var actor = new Actor(coordinator.Id, coordinator.DisplayName);
            var (draft, errors) = await scope.ServiceProvider.GetRequiredService<DraftStatement>().HandleAsync(actor, true, new StatementCommand
            {
                Title = "Salt reduction in school meals " + suffix, Markdown = "We call for **less salt**.", Language = "en",
                OpensLocal = DateTime.UtcNow.AddDays(1), ClosesLocal = DateTime.UtcNow.AddDays(3), TimeZoneId = "UTC",
            });
            Assert.True(draft is not null, string.Join(" ", errors.Select(e => e.Message)));
            var attached = await scope.ServiceProvider.GetRequiredService<StatementToolkit>().AddAsync(actor, true, draft.Id, "brief.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
            Assert.True(attached.Succeeded, string.Join(" ", attached.Errors.Select(e => e.Message)));
            draftSlug = draft.Slug;
        }
        var pages = SitePages.OfStatement(slug).Concat(SitePages.OfDraftStatement(draftSlug)).ToArray();
        var admin = await App.AdministratorAsync();
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var page = await SignedInAsync(admin, language);
            await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, pages.Append("/statements").Append("/statements/new"));
            await page.Context.CloseAsync();
            var anonymous = await fixture.NewPageAsync(language);
            await Accessibility.AssertPagesHaveNoViolationsAsync(anonymous, language, [SitePages.In($"/statements/{slug}", language), SitePages.In("/statements", language)]);
            await anonymous.Context.CloseAsync();
        }
        var phone = await SignedInAsync(admin);
        await PageWalk.AssertAsync(phone, "en", pages.Append("/statements").Append("/statements/new"), 390, axe: false);
        await phone.Context.CloseAsync();
    }
}
