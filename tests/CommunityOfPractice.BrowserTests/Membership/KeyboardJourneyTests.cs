using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>
/// The whole way in, with the keyboard only: no click, no filled-in field. Each control is reached with Tab (as a
/// person would, in the page's order, never past a trap) and used with the keys a person would press.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if it never comes (unreachable, or a trap).</summary>
    private static async Task TabToAsync(IPage page, ILocator target, int most = 400)
    {
        var handle = await target.ElementHandleAsync();
        for (var presses = 0; presses < most; presses++)
        {
            if (await page.EvaluateAsync<bool>("element => document.activeElement === element", handle))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{target} was not reached in {most} presses of Tab.");
    }

    private static async Task TypeIntoAsync(IPage page, ILocator field, string text)
    {
        await TabToAsync(page, field);
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task A_person_joins_confirms_signs_in_opens_the_debate_posts_and_replies_with_the_keyboard_only()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        string title;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            title = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Debates.Where(d => d.Id == debateId).Select(d => d.Title).SingleAsync();
        }
        var email = $"keyboard.{Guid.NewGuid():N}@example.org";
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/join");
        await TypeIntoAsync(page, page.GetByLabel("Display name"), "Keys Only");
        // Tab enters the group on its first choice; Space chooses it.
        await TabToAsync(page, page.GetByLabel("Person living with an NCD"));
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, page.GetByLabel("Diabetes"));
        await page.Keyboard.PressAsync("Space");
        // A closed list takes the first letters typed.
        await TypeIntoAsync(page, page.GetByLabel("Country", new() { Exact = true }), "Kenya");
        await TypeIntoAsync(page, page.GetByLabel("Why do you want to join?"), "I use a screen reader and a keyboard, and I want to take part.");
        await TypeIntoAsync(page, page.GetByLabel("Email", new() { Exact = true }), email);
        await TypeIntoAsync(page, page.GetByLabel("Password", new() { Exact = true }), CommunityAppFactory.Password);
        await TabToAsync(page, page.Locator("#accept-conduct"));
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, page.Locator("#accept-privacy"));
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Send my application" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        // The mailed link, opened from the mail reader.
        var confirmation = await App.Mailbox.WaitForAsync(email, "Confirm your email address");
        await page.GotoAsync(Mailbox.LinkIn(confirmation, "ConfirmEmail"));
        await Assertions.Expect(page.GetByText("Thank you for confirming your email address.", new() { Exact = false })).ToBeVisibleAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var application = await db.MembershipApplications.SingleAsync(a => a.User!.Email == email);
            var moderator = await App.CreatePersonAsync("Keyboard Approver", Roles.Member, Roles.Moderator);
            var decided = await scope.ServiceProvider.GetRequiredService<DecideOnApplication>()
                .HandleAsync(new Actor(moderator.Id, moderator.DisplayName), application.Id, ApplicationDecision.Approve, null);
            Assert.True(decided.Succeeded, string.Join(" ", decided.Errors.Select(e => e.Message)));
        }

        await page.GotoAsync("/Account/Login");
        await TypeIntoAsync(page, page.Locator("#Input\\.Email"), email);
        await TypeIntoAsync(page, page.Locator("#Input\\.Password"), CommunityAppFactory.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Keys Only" })).ToBeVisibleAsync();

        // From the home page to the debate: its link, then Enter.
        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = title }).First);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/debates/{debateId}");
        var box = page.GetByLabel("Your post (Markdown)");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        await TypeIntoAsync(page, box, "Who helps you take part when your energy is low?");
        await TabToAsync(page, page.GetByTestId("post-button"));
        await page.Keyboard.PressAsync("Enter");
        var post = page.Locator("[data-post-id] > article", new() { HasText = "Who helps you take part" });
        await Assertions.Expect(post).ToBeVisibleAsync();
        // The focus went to the new post: its own "Reply" is a few presses away, not hundreds.
        await Assertions.Expect(post.Locator("xpath=..")).ToBeFocusedAsync();
        await TabToAsync(page, post.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }), most: 10);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Answering myself: my sister reads the long threads to me.");
        await TabToAsync(page, page.GetByTestId("post-button"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("li.depth-2[data-post-id] > article", new() { HasText = "my sister reads" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
