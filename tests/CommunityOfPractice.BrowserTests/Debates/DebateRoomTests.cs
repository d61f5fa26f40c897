using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Debates;

[Collection(BrowserCollection.Name)]
public sealed class DebateRoomTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private async Task<IPage> MemberRoomAsync(string name, int debateId)
    {
        var person = await App.CreatePersonAsync(name, Roles.Member);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, person);
        await page.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        return page;
    }

    [Fact]
    public async Task A_post_appears_live_in_another_members_room_and_a_moderators_hiding_reaches_both()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var amina = await MemberRoomAsync("Amina Live", debateId);
        var joao = await MemberRoomAsync("Joao Live", debateId);
        await Accessibility.AssertNoViolationsAsync(amina);

        await amina.GetByLabel("Your post (Markdown)").FillAsync("Peer educators changed **everything** for us.");
        await Assertions.Expect(amina.GetByRole(AriaRole.Region, new() { Name = "Preview" })).ToContainTextAsync("everything");
        await amina.GetByTestId("post-button").ClickAsync();

        var seenByJoao = joao.Locator("[data-post-id]", new() { HasText = "Peer educators changed" });
        await Assertions.Expect(seenByJoao).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(seenByJoao.Locator("strong", new() { HasText = "everything" })).ToBeVisibleAsync();
        await Assertions.Expect(amina.GetByLabel("Your post (Markdown)")).ToHaveValueAsync("");

        var admin = await App.AdministratorAsync();
        var moderator = await fixture.NewPageAsync();
        await SignIn.AsAsync(moderator, admin);
        await moderator.GotoAsync($"/debates/{debateId}");
        var post = moderator.Locator("[data-post-id]", new() { HasText = "Peer educators changed" });
        await Assertions.Expect(post.GetByTestId("moderation-tools")).ToBeVisibleAsync();
        await Assertions.Expect(moderator.GetByTestId("post-button")).ToBeEnabledAsync();
        await Accessibility.AssertNoViolationsAsync(moderator);
        await post.GetByPlaceholder("Reason for hiding").FillAsync("Shares a third person's health details");
        await post.GetByPlaceholder("Reason for hiding").PressAsync("Tab");
        await post.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        foreach (var room in new[] { amina, joao })
        {
            await Assertions.Expect(room.GetByTestId("hidden-placeholder")).ToContainTextAsync("Shares a third person's health details", new() { Timeout = 15_000 });
            await Assertions.Expect(room.GetByText("Peer educators changed")).ToHaveCountAsync(0);
        }
        foreach (var page in new[] { amina, joao, moderator })
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_follow_button_lines_up_with_the_state_dates_and_time_left_of_the_debate(int width)
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var page = await MemberRoomAsync("Aligned Follower", debateId);
        await page.SetViewportSizeAsync(width, 800);
        await Assertions.Expect(page.GetByTestId("follow")).ToBeEnabledAsync();

        // Each row the line wraps into: how far its first item starts from the line's left edge, and its items' lowest and highest centres.
        var rows = await page.GetByTestId("follow").EvaluateAsync<double[][]>("""
            button => {
                const line = button.parentElement, left = line.getBoundingClientRect().left, rows = [];
                for (const box of [...line.children].map(c => c.getBoundingClientRect())) {
                    const row = rows.find(r => box.top < r[0].bottom && box.bottom > r[0].top);
                    row ? row.push(box) : rows.push([box]);
                }
                return rows.map(r => [Math.min(...r.map(b => b.left)) - left,
                    Math.min(...r.map(b => (b.top + b.bottom) / 2)), Math.max(...r.map(b => (b.top + b.bottom) / 2))]);
            }
            """);

        Assert.All(rows, row =>
        {
            Assert.True(Math.Abs(row[0]) <= 1, $"At {width} px each row of the debate's line should start at its left edge, but one starts {row[0]:0.#} px in.");
            Assert.True(row[2] - row[1] <= 1, $"At {width} px the items of a row should be centred on each other, but their centres are {row[2] - row[1]:0.#} px apart.");
        });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_closing_time_comes_the_open_rooms_lose_their_composer_without_a_reload()
    {
        // Open for a day while the rooms open, however long that takes; then the closing is brought forward to a few
        // seconds from now, as a moderator's change of window does, and the rooms wait for it.
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        var first = await MemberRoomAsync("Closing One", debateId);
        var second = await MemberRoomAsync("Closing Two", debateId);
        await first.GetByLabel("Your post (Markdown)").FillAsync("A thought typed just before closing");
        await DebateSetup.CloseAtAsync(App, debateId, DateTimeOffset.UtcNow.AddSeconds(3));

        foreach (var room in new[] { first, second })
        {
            await Assertions.Expect(room.GetByTestId("composer")).ToHaveCountAsync(0, new() { Timeout = 60_000 });
            await Assertions.Expect(room.GetByTestId("closed-notice")).ToBeVisibleAsync();
        }
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task The_hostile_corpus_rendered_in_a_room_never_opens_a_dialog()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1));
        var poster = await App.CreatePersonAsync("Hostile Poster", Roles.Member);
        var corpus = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "hostile-markdown.txt")).Select(l => l.Replace("\\n", "\n", StringComparison.Ordinal)).ToList();
        Assert.True(corpus.Count >= 50, $"The hostile corpus should hold at least 50 inputs, but holds {corpus.Count}.");
        await using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(App.Services))
        {
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommunityOfPractice.Data.CommunityDbContext>(scope.ServiceProvider);
            var markdown = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommunityOfPractice.Features.Content.MarkdownRenderer>(scope.ServiceProvider);
            // Written directly: the 10-posts-a-minute limit is not what this test is about.
            foreach (var text in corpus)
            {
                db.Posts.Add(new CommunityOfPractice.Features.Debates.Post
                {
                    DebateId = debateId, AuthorId = poster.Id, Markdown = text, Html = markdown.ToSafeHtml(text),
                    Status = CommunityOfPractice.Features.Debates.PostStatus.Published, CreatedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }

        var page = await MemberRoomAsync("Corpus Reader", debateId);
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        await ShowWholeDebateAsync(page);
        await page.Locator(".post-body a").First.HoverAsync();
        await page.WaitForTimeoutAsync(1000);
        Assert.Equal(0, dialogs);
        Assert.Equal(corpus.Count, await page.Locator("[data-post-id]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_debate_list_is_accessible_in_English_and_French()
    {
        await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(8));
        foreach (var language in new[] { "en", "fr" })
        {
            var person = await App.CreatePersonAsync($"List Reader {language}", Roles.Member);
            var page = await fixture.NewPageAsync(language);
            await SignIn.AsAsync(page, person, language);
            await page.GotoAsync("/debates");
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Accessibility.AssertNoViolationsAsync(page);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>An open debate with one member's post in it, and a moderator signed in (their page not yet in the room).</summary>
    private async Task<(int DebateId, IPage Author, TestPerson ModeratorPerson, IPage Moderator)> RoomWithAPostAndAModeratorAsync(string moderatorName)
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await MemberRoomAsync(moderatorName + " Author", debateId);
        await author.GetByLabel("Your post (Markdown)").FillAsync("A post for the moderator to see.");
        await author.GetByTestId("post-button").ClickAsync();
        await Assertions.Expect(author.Locator("[data-post-id]", new() { HasText = "A post for the moderator to see." })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var moderatorPerson = await App.CreatePersonAsync(moderatorName, Roles.Member, Roles.Moderator);
        var moderator = await fixture.NewPageAsync();
        await SignIn.AsAsync(moderator, moderatorPerson);
        return (debateId, author, moderatorPerson, moderator);
    }

    [Fact]
    public async Task Every_moderators_voice_balance_follows_the_posts_live()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var moderators = new List<IPage>();
        foreach (var name in new[] { "Balance Moderator One", "Balance Moderator Two" })
        {
            var page = await fixture.NewPageAsync();
            await SignIn.AsAsync(page, await App.CreatePersonAsync(name, Roles.Member, Roles.Moderator));
            await page.GotoAsync($"/debates/{debateId}");
            await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
            await page.GetByTestId("voice-balance").Locator("summary").ClickAsync();
            moderators.Add(page);
        }
        // A member from Kenya (the test people's country) posts twice: one participant and two posts for Africa, in both rooms.
        var member = await App.CreatePersonAsync("Balance Member", Roles.Member);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            foreach (var text in new[] { "A first post that counts.", "A second post that counts." })
            {
                Assert.NotNull((await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(member.Id, new PostCommand(debateId, null, text, null))).Value);
            }
        }
        foreach (var page in moderators)
        {
            var africa = page.GetByTestId("voice-balance").Locator("tr", new() { HasText = "Africa" });
            await Assertions.Expect(africa.Locator("td").Nth(2)).ToHaveTextAsync("2", new() { Timeout = 15_000 });
            await Assertions.Expect(africa.Locator("td").Nth(1)).ToHaveTextAsync("1");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_moderator_who_loses_the_role_while_the_room_is_open_loses_the_moderation_tools()
    {
        var (debateId, author, moderatorPerson, moderator) = await RoomWithAPostAndAModeratorAsync("Soon Demoted");
        await moderator.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(moderator.GetByTestId("moderation-tools").First).ToBeVisibleAsync(new() { Timeout = 15_000 });

        var admin = await App.AdministratorAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<ChangeRoles>()
                .HandleAsync(new Actor(admin.Id, admin.DisplayName), moderatorPerson.Id, Roles.Moderator, grant: false);
            Assert.True(changed.Succeeded, "Removing the role should succeed.");
        }

        // Without a reload: the open page hears of it and the tools go.
        await Assertions.Expect(moderator.GetByTestId("moderation-tools")).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        foreach (var page in new[] { author, moderator })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_moderator_demoted_while_the_room_is_still_connecting_gets_no_moderation_tools()
    {
        var (debateId, author, moderatorPerson, moderator) = await RoomWithAPostAndAModeratorAsync("Demoted Early");

        // The page's first answer (prerendered, with the tools) arrives and its live connection opens, signed in as a
        // moderator; the page's first message after the handshake (the one that starts the live page) waits until the
        // role is gone.
        var connecting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new List<IWebSocketFrame>();
        var released = false;
        var gate = new object();
        void Forward(IWebSocketRoute server, IWebSocketFrame frame)
        {
            if (frame.Binary is { } bytes)
            {
                server.Send(bytes);
            }
            else
            {
                server.Send(frame.Text ?? "");
            }
        }
        IWebSocketRoute? toServer = null;
        await moderator.RouteWebSocketAsync(new System.Text.RegularExpressions.Regex("/_blazor"), page =>
        {
            var server = toServer = page.ConnectToServer();
            var handshakeSent = false;
            page.OnMessage(frame =>
            {
                lock (gate)
                {
                    if (handshakeSent && !released)
                    {
                        held.Add(frame);
                        connecting.TrySetResult();
                        return;
                    }
                    handshakeSent = true;
                }
                Forward(server, frame);
            });
        });
        await moderator.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(moderator.GetByTestId("moderation-tools").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await connecting.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var admin = await App.AdministratorAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<ChangeRoles>()
                .HandleAsync(new Actor(admin.Id, admin.DisplayName), moderatorPerson.Id, Roles.Moderator, grant: false);
            Assert.True(changed.Succeeded, "Removing the role should succeed.");
        }
        lock (gate)
        {
            released = true;
            foreach (var frame in held)
            {
                Forward(toServer!, frame);
            }
        }

        // The change came after the live connection signed in but before the page listened for changes: the page checks
        // its sign-in once it listens.
        await Assertions.Expect(moderator.GetByTestId("moderation-tools")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        foreach (var page in new[] { author, moderator })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task After_a_burst_of_thirty_posts_every_open_room_shows_what_a_fresh_load_shows()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var authors = new List<TestPerson>();
        for (var i = 0; i < 3; i++)
        {
            authors.Add(await App.CreatePersonAsync($"Burst Author {i}", Roles.Member));
        }
        long anchorId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var anchorAuthor = await App.CreatePersonAsync("Burst Anchor Author", Roles.Member);
            var anchor = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(anchorAuthor.Id, new PostCommand(debateId, null, "The post a reader is reading.", null));
            anchorId = anchor.Value!.Id;
        }
        var readerOne = await MemberRoomAsync("Burst Reader One", debateId);
        var readerTwo = await MemberRoomAsync("Burst Reader Two", debateId);
        var moderatorPerson = await App.CreatePersonAsync("Burst Moderator", Roles.Member, Roles.Moderator);
        var moderator = await fixture.NewPageAsync();
        await SignIn.AsAsync(moderator, moderatorPerson);
        await moderator.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(moderator.GetByTestId("post-button")).ToBeEnabledAsync();
        var rooms = new[] { readerOne, readerTwo, moderator };
        var anchorInRoom = readerOne.Locator($"[data-post-id='{anchorId}']");
        await anchorInRoom.ScrollIntoViewIfNeededAsync();
        var before = await anchorInRoom.BoundingBoxAsync();

        // Thirty posts at once, ten from each author (their limit per minute), some of them replies.
        await Task.WhenAll(authors.Select(author => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var scope = App.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<PostToDebate>()
                    .HandleAsync(author.Id, new PostCommand(debateId, i % 3 == 2 ? anchorId : null, $"Burst post {i} of {author.DisplayName}.", null));
                Assert.True(result.Succeeded, $"Post {i} of {author.DisplayName} was refused.");
            }
        })));

        foreach (var room in rooms)
        {
            await Assertions.Expect(room.Locator("[data-post-id]")).ToHaveCountAsync(31, new() { Timeout = 30_000 });
        }
        // The text under the reader's eyes did not move.
        var after = await anchorInRoom.BoundingBoxAsync();
        Assert.True(before is not null && after is not null && Math.Abs(before.Y - after.Y) < 1, $"The post being read moved from {before?.Y} to {after?.Y}.");
        foreach (var room in rooms)
        {
            // Replies that landed where the reader reads wait behind the pill: the reader brings them in first.
            await room.GetByTestId("new-posts-pill").ClickAsync();
            await Assertions.Expect(room.Locator("li[data-held]")).ToHaveCountAsync(0);
            var live = await PostOrderAsync(room);
            var fresh = await room.Context.NewPageAsync();
            await fresh.GotoAsync($"/debates/{debateId}");
            await Assertions.Expect(fresh.GetByTestId("post-button")).ToBeEnabledAsync();
            // A fresh load opens on a page of the threads: the reader widens it to the whole debate, as the live room is.
            await ShowWholeDebateAsync(fresh);
            Assert.Equal(await PostOrderAsync(fresh), live);
        }
        foreach (var room in rooms)
        {
            await room.Context.CloseAsync();
        }
    }

    /// <summary>What a member types survives a reload (as a dropped connection or another device would need), and posting it clears it.</summary>
    [Fact]
    public async Task A_draft_survives_a_reload_as_a_reply_and_goes_once_posted()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await MemberRoomAsync("Draft Author", debateId);
        await author.GetByLabel("Your post (Markdown)").FillAsync("A post to answer later.");
        await author.GetByTestId("post-button").ClickAsync();
        var post = author.Locator("[data-post-id] > article", new() { HasText = "A post to answer later." });
        await Assertions.Expect(post).ToBeVisibleAsync();

        await post.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).ClickAsync();
        await author.GetByLabel("Your post (Markdown)").PressSequentiallyAsync("Half a thought, ");
        // Kept a second after the last keystroke: wait for the server to have it, as the reload below needs.
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();
        await WaitForDraftAsync(scopes, debateId, text => text == "Half a thought, ");

        await author.ReloadAsync();
        await Assertions.Expect(author.GetByLabel("Your post (Markdown)")).ToHaveValueAsync("Half a thought, ");
        await Assertions.Expect(author.Locator("#composer-heading")).ToHaveTextAsync("Reply to Draft Author");

        // The composer took the focus, the caret after the kept words.
        await Assertions.Expect(author.GetByLabel("Your post (Markdown)")).ToBeFocusedAsync();
        await author.Keyboard.TypeAsync("now whole.");
        await author.GetByTestId("post-button").ClickAsync();
        // Still a reply: under the post it answers.
        await Assertions.Expect(author.Locator("li.depth-2[data-post-id] > article", new() { HasText = "Half a thought, now whole." })).ToBeVisibleAsync();
        await WaitForDraftAsync(scopes, debateId, text => text is null);
        await author.ReloadAsync();
        await Assertions.Expect(author.GetByLabel("Your post (Markdown)")).ToHaveValueAsync("");
        await author.Context.CloseAsync();
    }

    [Fact]
    public async Task The_toolbar_formats_from_the_keyboard_and_another_room_announces_and_counts_the_new_post()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var writer = await MemberRoomAsync("Toolbar Writer", debateId);
        var reader = await MemberRoomAsync("Announced Reader", debateId);
        await Assertions.Expect(reader.GetByTestId("participants")).ToHaveTextAsync("Nobody has taken part yet");

        var box = writer.GetByLabel("Your post (Markdown)");
        await box.FillAsync("peer support");
        await box.SelectTextAsync();
        // A button of the toolbar, reached and pressed with the keyboard: the selection is kept for it.
        await writer.GetByRole(AriaRole.Button, new() { Name = "Bold", Exact = true }).FocusAsync();
        await writer.Keyboard.PressAsync("Enter");
        await Assertions.Expect(box).ToHaveValueAsync("**peer support**");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(writer.GetByRole(AriaRole.Region, new() { Name = "Preview" }).Locator("strong")).ToHaveTextAsync("peer support");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).ClickAsync();
        await Assertions.Expect(box).ToHaveValueAsync("> **peer support**");
        await writer.GetByTestId("post-button").ClickAsync();

        var arrived = reader.Locator("[data-post-id] > article", new() { HasText = "peer support" });
        await Assertions.Expect(arrived.Locator("blockquote strong")).ToHaveTextAsync("peer support");
        await Assertions.Expect(reader.GetByTestId("announcer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 new post"));
        await Assertions.Expect(reader.GetByTestId("participants")).ToHaveTextAsync("1 person has taken part");
        // The time in words, the exact time in its title.
        await Assertions.Expect(arrived.Locator("a.post-time")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex("UTC"));
        await writer.Context.CloseAsync();
        await reader.Context.CloseAsync();
    }

    private static async Task WaitForDraftAsync(IServiceScopeFactory scopes, int debateId, Func<string?, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var text = await scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Data.CommunityDbContext>().PostDrafts
                    .Where(d => d.DebateId == debateId).Select(d => d.Text).SingleOrDefaultAsync(timeout.Token);
                if (wanted(text))
                {
                    return;
                }
            }
            await Task.Delay(100, timeout.Token);
        }
    }

    [Fact]
    public async Task A_members_actions_on_posts_show_at_once_in_a_room_that_renders_only_what_changed()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await MemberRoomAsync("Acting Author", debateId);
        await author.GetByLabel("Your post (Markdown)").FillAsync("First wording of a post to act on.");
        await author.GetByTestId("post-button").ClickAsync();
        var reader = await MemberRoomAsync("Acting Reader", debateId);
        var inReader = reader.Locator("[data-post-id]", new() { HasText = "First wording of a post to act on." });
        await Assertions.Expect(inReader).ToBeVisibleAsync();
        var article = inReader.Locator("> article");

        // Reply: the composer says to whom, and the reply lands under the post.
        // From the keyboard: "Reply" takes the focus to the text area, and after posting it is on the new post.
        await article.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).PressAsync("Enter");
        await Assertions.Expect(reader.Locator("#composer-heading")).ToHaveTextAsync("Reply to Acting Author");
        // The composer opened under the post it answers, not at the foot of the room.
        await Assertions.Expect(inReader.Locator("> [data-testid=composer]")).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByTestId("composer")).ToHaveCountAsync(1);
        await Assertions.Expect(reader.GetByLabel("Your post (Markdown)")).ToBeFocusedAsync();
        await reader.Keyboard.TypeAsync("A reply ");
        // Cancelled, it goes back to the foot as a new post with the words; "Reply" takes them back under the post.
        await inReader.GetByTestId("cancel-reply").ClickAsync();
        await Assertions.Expect(inReader.Locator("[data-testid=composer]")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("#composer-heading")).ToHaveTextAsync("Add a post");
        await Assertions.Expect(reader.GetByLabel("Your post (Markdown)")).ToHaveValueAsync("A reply ");
        await article.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).PressAsync("Enter");
        await Assertions.Expect(inReader.Locator("> [data-testid=composer]")).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByLabel("Your post (Markdown)")).ToBeFocusedAsync();
        await reader.Keyboard.TypeAsync("under it.");
        await reader.GetByTestId("post-button").PressAsync("Enter");
        var reply = inReader.Locator("ol [data-post-id]", new() { HasText = "A reply under it." });
        await Assertions.Expect(reply).ToBeVisibleAsync();
        await Assertions.Expect(reply).ToBeFocusedAsync();

        // Hide and show the replies.
        await article.GetByRole(AriaRole.Button, new() { Name = "Hide replies" }).ClickAsync();
        await Assertions.Expect(inReader.Locator("ol [data-post-id]")).ToHaveCountAsync(0);
        await article.GetByRole(AriaRole.Button, new() { Name = "Show 1 replies" }).ClickAsync();
        await Assertions.Expect(inReader.Locator("ol [data-post-id]")).ToHaveCountAsync(1);

        // Helpful: counted, and the button goes.
        await article.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).ClickAsync();
        await Assertions.Expect(article).ToContainTextAsync("1 found this helpful");
        await Assertions.Expect(article.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true })).ToHaveCountAsync(0);

        // Flag: the reasons open, and sending thanks the reader.
        await article.GetByRole(AriaRole.Button, new() { Name = "Flag for moderators" }).ClickAsync();
        await article.GetByLabel("Why are you flagging this post?").SelectOptionAsync(new SelectOptionValue { Label = "Off-topic" });
        await article.GetByRole(AriaRole.Button, new() { Name = "Send to moderators" }).ClickAsync();
        await Assertions.Expect(reader.GetByText("Thank you: the moderators will look at this post.")).ToBeVisibleAsync();
        await Assertions.Expect(article.GetByLabel("Why are you flagging this post?")).ToHaveCountAsync(0);

        // The author edits: the editor opens with the text, and the new wording reaches the reader's room.
        var postId = await inReader.GetAttributeAsync("data-post-id");
        var own = author.Locator($"[data-post-id='{postId}'] > article");
        await own.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).ClickAsync();
        var editor = own.GetByLabel("Edit your post");
        await Assertions.Expect(editor).ToHaveValueAsync("First wording of a post to act on.");
        await editor.FillAsync("Second wording of a post to act on.");
        await own.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(author.Locator("[data-post-id] > article", new() { HasText = "Second wording of a post to act on." })).ToBeVisibleAsync();
        await Assertions.Expect(reader.Locator("[data-post-id] > article", new() { HasText = "Second wording of a post to act on." })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        foreach (var page in new[] { author, reader })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_long_debate_opens_on_a_page_of_threads_and_a_reader_pages_lands_on_new_posts_and_follows_links()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await App.CreatePersonAsync("Long Debate Author", Roles.Member);
        // Two pages and a half: the third page reaches the end.
        var total = 2 * RoomWindow.PagePosts + RoomWindow.PagePosts / 2;
        var threads = await DebateSetup.AddThreadsAsync(App, debateId, author, total, "Long debate thread {0}.");
        var reader = await App.CreatePersonAsync("Long Debate Reader", Roles.Member);
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await SignIn.AsAsync(page, reader);

        // A first visit starts at the beginning, a page at a time; the rest is a click away, and counted.
        await page.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        var posts = page.Locator("[data-post-id]");
        await Assertions.Expect(posts).ToHaveCountAsync(RoomWindow.PagePosts);
        await Assertions.Expect(posts.First).ToContainTextAsync("Long debate thread 1.");
        await Assertions.Expect(page.GetByTestId("earlier-threads")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("later-threads")).ToHaveTextAsync($"Show later threads ({total - RoomWindow.PagePosts})");
        await page.GetByTestId("later-threads").ClickAsync();
        await Assertions.Expect(posts).ToHaveCountAsync(2 * RoomWindow.PagePosts);
        await Assertions.Expect(page.GetByTestId("later-threads")).ToHaveTextAsync($"Show later threads ({total - 2 * RoomWindow.PagePosts})");

        // A new thread is counted on a page that does not reach the end, not slipped in under the reader's eyes.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var posted = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(author.Id, new PostCommand(debateId, null, "A thread posted while they read.", null));
            Assert.NotNull(posted.Value);
        }
        await Assertions.Expect(page.GetByTestId("later-threads")).ToHaveTextAsync($"Show later threads ({total - 2 * RoomWindow.PagePosts + 1})");
        await Assertions.Expect(posts).ToHaveCountAsync(2 * RoomWindow.PagePosts);

        // The next visit lands on the first thread they have not seen, marked new, with the earlier ones a click away.
        await page.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        await Assertions.Expect(posts.First).ToContainTextAsync($"Long debate thread {2 * RoomWindow.PagePosts + 1}.");
        await Assertions.Expect(posts.First.GetByTestId("new-marker")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("earlier-threads")).ToHaveTextAsync($"Show earlier threads ({2 * RoomWindow.PagePosts})");
        await Assertions.Expect(posts.Last).ToContainTextAsync("A thread posted while they read.");

        // A link to a post on a page the room would not open on lands on that post, in view.
        await page.GotoAsync("/debates");
        await page.GotoAsync($"/debates/{debateId}#post-{threads[4]}");
        var linked = page.Locator($"[data-post-id='{threads[4]}']");
        await Assertions.Expect(linked).ToContainTextAsync("Long debate thread 5.");
        await Assertions.Expect(linked).ToBeInViewportAsync();

        // Posting a thread from an earlier page takes the poster to it.
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        await page.GetByLabel("Your post (Markdown)").FillAsync("The reader's own new thread.");
        await page.GetByTestId("post-button").ClickAsync();
        var own = page.Locator("[data-post-id]", new() { HasText = "The reader's own new thread." });
        await Assertions.Expect(own).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Widens a room's page of threads to the whole debate with its "earlier" and "later" buttons.</summary>
    /// <summary>
    /// A reply that lands in the middle of what a member reads waits behind a "1 new post" pill instead of pushing the
    /// text down; a post out of view is counted until it is seen; the pill takes the member to the first of them.
    /// </summary>
    [Fact]
    public async Task Posts_arriving_while_a_member_reads_never_move_the_text_and_a_pill_takes_them_to_the_first_unread()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var authors = new List<TestPerson>();
        for (var i = 0; i < 3; i++)
        {
            authors.Add(await App.CreatePersonAsync($"Pill Author {i}", Roles.Member));
        }
        var threads = new List<long>();
        for (var i = 0; i < 9; i++)
        {
            threads.Add(await PostAsync(authors[i % 3], debateId, null,
                $"Thread {i}: what our peer support group learnt about involving people living with diabetes in planning, over three years."));
        }
        var reader = await MemberRoomAsync("Pill Reader", debateId);
        await reader.SetViewportSizeAsync(390, 700);
        var firstThread = reader.Locator($"[data-post-id='{threads[0]}']");
        var secondThread = reader.Locator($"[data-post-id='{threads[1]}'] > article");
        await firstThread.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(secondThread).ToBeInViewportAsync();
        var before = await secondThread.BoundingBoxAsync();

        // A reply to the first thread: it would land between the two threads being read.
        await PostAsync(authors[1], debateId, threads[0], "A reply that would have pushed the text down.");
        var pill = reader.GetByTestId("new-posts-pill");
        await Assertions.Expect(pill).ToHaveTextAsync("1 new post");
        var reply = PostIn(reader, "A reply that would have pushed");
        await Assertions.Expect(reply).ToHaveCountAsync(1);
        await Assertions.Expect(reply).ToBeHiddenAsync();
        var after = await secondThread.BoundingBoxAsync();
        Assert.True(Math.Abs(before!.Y - after!.Y) < 1, $"The thread being read moved from {before.Y} to {after.Y}.");

        // A new thread at the end, far below: in the page at once (nothing it pushes is being read), and counted.
        await PostAsync(authors[2], debateId, null, "A new thread far below the reader.");
        await Assertions.Expect(pill).ToHaveTextAsync("2 new posts");
        var newThread = PostIn(reader, "A new thread far below the reader.");
        await Assertions.Expect(newThread).Not.ToHaveAttributeAsync("data-held", "true");
        await Assertions.Expect(newThread).Not.ToBeInViewportAsync();

        // The pill brings the reply in and takes the keyboard to it; the thread below is still to see.
        await pill.ClickAsync();
        await Assertions.Expect(reply).ToBeVisibleAsync();
        await Assertions.Expect(reply).ToBeFocusedAsync();
        await Assertions.Expect(pill).ToHaveTextAsync("1 new post");
        await Assertions.Expect(reader.GetByTestId("announcer")).ToContainTextAsync("new post");

        // Seen by scrolling down to it, it is no longer counted.
        await newThread.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(pill).ToBeHiddenAsync();
        await reader.Context.CloseAsync();
    }

    /// <summary>The post whose own article has the text (not the thread above it, which holds it too).</summary>
    private static ILocator PostIn(IPage room, string text) =>
        room.Locator("li[data-post-id]").Filter(new() { Has = room.Locator("> article", new() { HasText = text }) });

    private async Task<long> PostAsync(TestPerson author, int debateId, long? parentId, string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(author.Id, new PostCommand(debateId, parentId, text, null));
        Assert.True(result.Succeeded, $"The post \"{text}\" was refused.");
        return result.Value!.Id;
    }

    private static async Task ShowWholeDebateAsync(IPage room)
    {
        foreach (var more in new[] { "earlier-threads", "later-threads" })
        {
            while (await room.GetByTestId(more).CountAsync() > 0)
            {
                var shown = await room.Locator("[data-post-id]").CountAsync();
                await room.GetByTestId(more).ClickAsync();
                await Assertions.Expect(room.Locator("[data-post-id]")).Not.ToHaveCountAsync(shown);
            }
        }
    }

    /// <summary>The posts of a room as it shows them, in page order: id, status and text (not the times, which age).</summary>
    private static async Task<IReadOnlyList<string>> PostOrderAsync(IPage room) =>
        await room.Locator("[data-post-id]").EvaluateAllAsync<string[]>(
            "posts => posts.map(p => [p.getAttribute('data-post-id'), p.getAttribute('data-status'), p.querySelector(':scope > article .post-body')?.innerText ?? ''].join(' '))");
}
