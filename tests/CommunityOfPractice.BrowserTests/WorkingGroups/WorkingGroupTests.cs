using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.WorkingGroups;

/// <summary>A working group in a real browser: created with rules it does not meet, then met live on two pages; its pages scanned.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkingGroupTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private async Task<TestPerson> PersonFromAsync(string name, string countryCode, params string[] roles)
    {
        var person = await App.CreatePersonAsync(name + " " + Guid.NewGuid().ToString("N")[..4], roles);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        (await db.Users.FindAsync(person.Id))!.CountryCode = countryCode;
        await db.SaveChangesAsync();
        return person;
    }

    private async Task<IPage> SignedInAsync(TestPerson person, string language = "en", ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await fixture.NewPageAsync(language, colorScheme);
        await SignIn.AsAsync(page, person, language);
        return page;
    }

    [Fact]
    public async Task A_coordinator_creates_a_group_that_breaks_its_rules_and_appointing_a_third_region_turns_it_green_live_on_two_pages()
    {
        var coordinator = await PersonFromAsync("Group Coordinator", "CH", Roles.Member, Roles.Coordinator);
        var chair = await PersonFromAsync("Group Chair", "FR", Roles.Member);
        var kenyan = await PersonFromAsync("Group Kenyan", "KE", Roles.Member);
        var brazilian = await PersonFromAsync("Group Brazilian", "BR", Roles.Member);
        var name = "Advocacy group " + Guid.NewGuid().ToString("N")[..6];

        var coordinating = await SignedInAsync(coordinator);
        await coordinating.GotoAsync("/groups/new");
        var main = coordinating.Locator("main");
        await main.GetByLabel("Name").FillAsync(name);
        await main.GetByLabel("Mandate (Markdown)").FillAsync("Draft the **statement** to the council.");
        var today = DateTime.UtcNow.Date;
        await main.GetByLabel("Term starts on").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await main.GetByLabel("Term ends on").FillAsync(today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await main.GetByLabel("Chair").SelectOptionAsync(chair.Id);
        await main.GetByLabel("Fewest members", new() { Exact = true }).FillAsync("3");
        await main.GetByLabel("Most members", new() { Exact = true }).FillAsync("5");
        await main.GetByLabel("Fewest WHO regions").FillAsync("3");
        await main.GetByRole(AriaRole.Button, new() { Name = "Create the group" }).ClickAsync();
        await coordinating.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/groups/\d+$"));
        var groupId = int.Parse(coordinating.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(coordinating.Locator("main strong", new() { HasText = "statement" })).ToBeVisibleAsync();

        // Two members from two regions: the rules are broken, and the page says which, in words.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var appointed = await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), groupId, kenyan.Id);
            Assert.True(appointed.Succeeded, string.Join(" ", appointed.Errors.Select(e => e.Message)));
        }
        var live = coordinating.GetByTestId("group-live");
        await Assertions.Expect(live).ToHaveAttributeAsync("data-live", "on");
        await Assertions.Expect(coordinating.GetByTestId("composition")).ToHaveAttributeAsync("data-meets", "false");
        await Assertions.Expect(coordinating.GetByTestId("composition")).ToContainTextAsync("3 to 5 members from at least 3 regions: 2 members, 2 regions");

        // A member watches the same page; the coordinator appoints someone from a third region.
        var watching = await SignedInAsync(kenyan);
        await watching.GotoAsync($"/groups/{groupId}");
        await Assertions.Expect(watching.GetByTestId("group-live")).ToHaveAttributeAsync("data-live", "on");
        await Assertions.Expect(watching.GetByTestId("composition")).ToHaveAttributeAsync("data-meets", "false");
        await Assertions.Expect(watching.GetByRole(AriaRole.Button, new() { Name = "Appoint" })).ToHaveCountAsync(0);

        await coordinating.Locator("main #appoint").SelectOptionAsync(brazilian.Id);
        await coordinating.GetByTestId("appoint").ClickAsync();
        await Assertions.Expect(coordinating.GetByTestId("composition")).ToHaveAttributeAsync("data-meets", "true");
        await Assertions.Expect(coordinating.GetByTestId("composition")).ToContainTextAsync("3 members, 3 regions");
        await Assertions.Expect(watching.GetByTestId("composition")).ToHaveAttributeAsync("data-meets", "true");
        await Assertions.Expect(watching.GetByTestId("group-members")).ToContainTextAsync(brazilian.DisplayName);

        // Appointing the same person twice (a stale list in a second tab) is refused with words, and changes nothing.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var twice = await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), groupId, brazilian.Id);
            Assert.Equal("{0} is already a member of the group.", Assert.Single(twice.Errors).Message);
        }
        await coordinating.GotoAsync("/groups");
        await Assertions.Expect(coordinating.Locator($"[data-group='{groupId}'] [data-testid=group-flag]")).ToHaveAttributeAsync("data-meets", "true");
        await coordinating.Context.CloseAsync();
        await watching.Context.CloseAsync();

        // The group's own pages (and its debate's room, which names the group) pass axe in every language, in dark, and fit a phone.
        int debateId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var (debate, errors) = await scope.ServiceProvider.GetRequiredService<CreateGroupDebate>().HandleAsync(new Actor(chair.Id, chair.DisplayName), groupId,
                new Features.Debates.DebateCommand { Title = "Our statement " + Guid.NewGuid().ToString("N")[..6], Summary = "What we tell the council.",
                    OpensLocal = DateTime.UtcNow.AddHours(-1), ClosesLocal = DateTime.UtcNow.AddDays(2) });
            Assert.True(debate is not null, string.Join(" ", errors.Select(e => e.Message)));
            debateId = debate.Id;
        }
        var pages = SitePages.OfGroup(groupId).Append($"/debates/{debateId}").ToList();
        var admin = await App.AdministratorAsync();
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var page = await SignedInAsync(admin, language);
            await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, pages);
            await page.Context.CloseAsync();
        }
        var dark = await SignedInAsync(admin, colorScheme: ColorScheme.Dark);
        await Accessibility.AssertPagesHaveNoViolationsAsync(dark, "en", pages.Append("/groups"), phoneWidth: 320);
        await dark.Context.CloseAsync();
    }
}
