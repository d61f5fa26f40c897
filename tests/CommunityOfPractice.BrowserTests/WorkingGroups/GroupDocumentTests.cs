using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.WorkingGroups;

/// <summary>A working group's document in a real browser: the chair writes it from the group's space, a member reads it there; its pages scanned.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupDocumentTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private async Task<IPage> SignedInAsync(TestPerson person, string language = "en")
    {
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, person, language);
        return page;
    }

    [Fact]
    public async Task The_chair_writes_a_document_from_the_space_and_a_member_reads_it_there()
    {
        var coordinator = await App.CreatePersonAsync("Docs Coordinator " + Guid.NewGuid().ToString("N")[..4], Roles.Member, Roles.Coordinator);
        var chair = await App.CreatePersonAsync("Docs Chair " + Guid.NewGuid().ToString("N")[..4], Roles.Member);
        var member = await App.CreatePersonAsync("Docs Member " + Guid.NewGuid().ToString("N")[..4], Roles.Member);
        int groupId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var (group, errors) = await scope.ServiceProvider.GetRequiredService<CreateWorkingGroup>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), new WorkingGroupCommand
            {
                Name = "Docs group " + Guid.NewGuid().ToString("N")[..6], Mandate = "Write for the council.", StartsOn = today, EndsOn = today.AddDays(200),
                ChairId = chair.Id, MinSize = 1, MaxSize = 9, MinRegions = 1,
            });
            Assert.True(group is not null, string.Join(" ", errors.Select(e => e.Message)));
            groupId = group.Id;
            var appointed = await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(chair.Id, chair.DisplayName), groupId, member.Id);
            Assert.True(appointed.Succeeded, string.Join(" ", appointed.Errors.Select(e => e.Message)));
        }
        var title = "Council paper " + Guid.NewGuid().ToString("N")[..6];

        var chairing = await SignedInAsync(chair);
        await chairing.GotoAsync($"/groups/{groupId}");
        await chairing.Locator("main").GetByRole(AriaRole.Link, new() { Name = "New document in this group" }).ClickAsync();
        var main = chairing.Locator("main");
        await main.GetByLabel("Title").FillAsync(title);
        await main.GetByLabel("Summary").FillAsync("What the group tells the council.");
        await main.GetByLabel("Text (Markdown)").FillAsync("# Scope\n\nThe group drafts the council statement.\n\nIt meets monthly.");
        await main.GetByRole(AriaRole.Button, new() { Name = "Create the document" }).ClickAsync();
        await chairing.WaitForURLAsync(new System.Text.RegularExpressions.Regex($@"/groups/{groupId}/documents/\d+$"));
        var documentId = int.Parse(chairing.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await chairing.Locator("#next-body").FillAsync("# Scope\n\nThe group drafts the council statement and its toolkit.\n\nIt meets monthly.");
        await chairing.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        await Assertions.Expect(chairing.GetByTestId("version-line")).ToContainTextAsync("Version 2");
        await chairing.Context.CloseAsync();

        var reading = await SignedInAsync(member);
        await reading.GotoAsync($"/groups/{groupId}");
        var listed = reading.GetByTestId("group-document");
        await Assertions.Expect(listed).ToContainTextAsync("Version 2");
        await listed.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reading.Locator("main h1")).ToHaveTextAsync(title);
        await Assertions.Expect(reading.Locator("#p1\\.1")).ToContainTextAsync("its toolkit");
        await Assertions.Expect(reading.Locator("#next-body")).ToHaveCountAsync(0);
        await reading.Context.CloseAsync();

        // Its pages pass axe in every language and fit a phone.
        var pages = SitePages.OfGroupDocument(groupId, documentId);
        var admin = await App.AdministratorAsync();
        foreach (var language in new[] { "en", "fr", "es" })
        {
            var page = await SignedInAsync(admin, language);
            await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, pages);
            await page.Context.CloseAsync();
        }
        var phone = await SignedInAsync(admin);
        await phone.SetViewportSizeAsync(390, 800);
        foreach (var path in pages)
        {
            await phone.GotoAsync(path);
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var wide = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(wide <= 390, $"{path} is {wide} px wide at 390 px.");
        }
        await phone.Context.CloseAsync();
    }
}
