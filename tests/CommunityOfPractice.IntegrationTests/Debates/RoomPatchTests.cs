using System.Text.Json;
using System.Threading.Channels;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

/// <summary>
/// An open room is not read again for someone else's post: it reads that one post and puts it in its place
/// (<see cref="RoomPosts.Apply"/>). Over a random sequence of 200 actions of every kind, rooms of a member and of a
/// moderator, showing the whole debate or a window of its threads, end exactly as a fresh load of that window reads them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RoomPatchTests(CommunityAppFactory app)
{
    [Theory]
    [InlineData(ModerationMode.PreModerationFirstPosts, 20261130)]
    [InlineData(ModerationMode.PreModerationAll, 7)]
    [InlineData(ModerationMode.PostModeration, 42)]
    public async Task A_members_room_patched_event_by_event_ends_as_a_fresh_load_reads_it(ModerationMode mode, int seed)
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), mode, "First question", "Second question");
        var moderator = await app.CreatePersonAsync("Patch Moderator", Roles.Member, Roles.Moderator);
        var viewer = await app.CreatePersonAsync("Patch Viewer", Roles.Member);
        var authors = new List<TestPerson> { viewer };
        for (var i = 0; i < 9; i++)
        {
            authors.Add(await app.CreatePersonAsync($"Patch Author {i}", Roles.Member));
        }
        var random = new Random(seed);
        var notifier = app.Services.GetRequiredService<DebateNotifier>();
        var events = Channel.CreateUnbounded<DebateEvent>();
        using var subscription = notifier.Subscribe(debateId, e => events.Writer.WriteAsync(e).AsTask());

        async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }
        Task<DebateRoomView> LoadAsync(string viewerId, bool moderator, RoomWindow window, int questionFilter = 0) =>
            WithAsync(async sp => (await sp.GetRequiredService<DebateRoom>().ForViewerAsync(debateId, viewerId, moderator, window, questionFilter))!);
        var questions = (await LoadAsync(viewer.Id, false, RoomWindow.Everything)).Questions.Select(q => q.Id).ToList();
        var rooms = new List<(string ViewerId, bool Moderator, DebateRoomView View)>
        {
            (viewer.Id, false, await LoadAsync(viewer.Id, false, RoomWindow.Everything)),
            (moderator.Id, true, await LoadAsync(moderator.Id, true, RoomWindow.Everything)),
        };
        var reloads = 0;
        var carriedViews = 0;
        async Task PatchAsync(DebateEvent e)
        {
            if (e.PostId < 0)
            {
                // A marker of an earlier step, sent twice.
                return;
            }
            for (var i = 0; i < rooms.Count; i++)
            {
                var (viewerId, isModerator, view) = rooms[i];
                var patched = e.Kind == DebateEventKind.StateChanged || e.PostId is not { } id
                    ? null
                    : RoomPosts.Apply(view, id, e.TryViewFor(viewerId, isModerator, out var carried) && ++carriedViews > 0
                        ? carried
                        : await WithAsync(sp => sp.GetRequiredService<DebateRoom>().PostAsync(id, viewerId, isModerator)));
                if (patched is null)
                {
                    reloads++;
                }
                else if (patched.CountsStale)
                {
                    patched = await WithAsync(sp => sp.GetRequiredService<DebateRoom>().RecountAsync(patched, viewerId, isModerator));
                }
                rooms[i] = (viewerId, isModerator, patched ?? await LoadAsync(viewerId, isModerator, view.Window, view.QuestionFilter));
            }
        }

        var written = new List<(long Id, string AuthorId)>();
        var postsBy = authors.ToDictionary(a => a.Id, _ => 0);
        var actions = new List<string>();
        for (var step = 0; step < 200; step++)
        {
            if (step == 60)
            {
                // Windows on threads that exist by now: from the third thread to the live end, and a stretch in the middle.
                var threads = (await LoadAsync(viewer.Id, false, RoomWindow.Everything)).Posts.Where(p => p.ParentId is null && !p.IsPinned).Select(p => p.Id).ToList();
                Assert.True(threads.Count >= 6, $"Only {threads.Count} threads after 60 steps.");
                foreach (var window in new[] { new RoomWindow(threads[2], null), new RoomWindow(threads[1], threads[4]) })
                {
                    rooms.Add((viewer.Id, false, await LoadAsync(viewer.Id, false, window)));
                    rooms.Add((moderator.Id, true, await LoadAsync(moderator.Id, true, window)));
                }
                // And the threads of one guiding question.
                rooms.Add((viewer.Id, false, await LoadAsync(viewer.Id, false, RoomWindow.Everything, questions[0])));
                rooms.Add((moderator.Id, true, await LoadAsync(moderator.Id, true, new RoomWindow(threads[1], null), questions[1])));
            }
            var choice = random.Next(written.Count < 5 ? 1 : 10);
            if (choice < 4 && postsBy.Where(p => p.Value < PostToDebate.PostsPerMinute).Select(p => p.Key).ToList() is { Count: > 0 } free)
            {
                var author = free[random.Next(free.Count)];
                long? parent = written.Count > 0 && random.Next(2) == 0 ? written[random.Next(written.Count)].Id : null;
                var result = await WithAsync(sp => sp.GetRequiredService<PostToDebate>().HandleAsync(author, new PostCommand(debateId, parent, $"Post {step} by {author[..6]}", null, QuestionId: parent is null ? questions[random.Next(questions.Count)] : null)));
                if (result.Value is { } post)
                {
                    written.Add((post.Id, author));
                    postsBy[author]++;
                }
                actions.Add($"post {(result.Value is null ? "refused" : "ok")}");
            }
            else if (written.Count > 0 && choice < 6)
            {
                var (id, author) = written[random.Next(written.Count)];
                var result = await WithAsync(sp => sp.GetRequiredService<EditPost>().HandleAsync(author, id, $"Edited at step {step}"));
                actions.Add($"edit {result.Succeeded}");
            }
            else if (written.Count > 0 && choice < 9)
            {
                var (id, _) = written[random.Next(written.Count)];
                var action = Enum.GetValues<PostModeration>()[random.Next(Enum.GetValues<PostModeration>().Length)];
                var result = await WithAsync(sp => sp.GetRequiredService<ModeratePost>().HandleAsync(new Actor(moderator.Id, moderator.DisplayName), id, action, "Step " + step));
                actions.Add($"{action} {result.Succeeded}");
            }
            else if (written.Count > 0)
            {
                var (id, author) = written[random.Next(written.Count)];
                var result = await WithAsync(sp => sp.GetRequiredService<WithdrawPost>().HandleAsync(author, id));
                actions.Add($"withdraw {result.Succeeded}");
            }
            // The rooms hear the action's events, then an event of the test's own: when it arrives, every earlier one has
            // (a subscriber hears its events in order). Each room must then read as a fresh load of its window.
            var marker = new DebateEvent(debateId, DebateEventKind.PostChanged, PostId: -1 - step);
            await notifier.PublishAsync(marker);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (await events.Reader.ReadAsync(timeout.Token) is var e && e != marker)
            {
                await PatchAsync(e);
                if (e.Kind == DebateEventKind.StateChanged)
                {
                    // A subscriber that fell behind (a busy machine) hears one resync in place of all it had queued, the
                    // marker perhaps among them: the rooms reloaded, and the marker is sent again.
                    await notifier.PublishAsync(marker);
                }
            }
            foreach (var (viewerId, isModerator, view) in rooms)
            {
                var fresh = await LoadAsync(viewerId, isModerator, view.Window, view.QuestionFilter);
                Assert.True(Shown(fresh) == Shown(view), $"After step {step} ({actions[^1]}), the {(isModerator ? "moderator" : "member")}'s room of {view.Window} differs from a fresh load.\nFresh:   {Shown(fresh)}\nPatched: {Shown(view)}");
            }
        }

        Assert.True(actions.Count(a => a.EndsWith("True", StringComparison.Ordinal) || a == "post ok") > 100,
            $"Most actions should have done something: {string.Join(", ", actions.GroupBy(a => a).Select(g => $"{g.Key} ×{g.Count()}"))}");
        // Most events are patched: a reload is for a pin, or a change out of sight.
        Assert.True(reloads < rooms.Count * 60, $"{reloads} reloads over {rooms.Count} rooms.");
        // The events carry the post as each audience sees it: the rooms patched from them without reading it again.
        Assert.True(carriedViews > 200, $"Only {carriedViews} patches used the views the events carry.");
    }

    private static string Shown(DebateRoomView view) =>
        JsonSerializer.Serialize(new { view.Posts, view.ThreadsBefore, view.ThreadsAfter, view.Window, view.QuestionFilter, view.NewestPostId, view.PublishedCount, Participants = view.Participants.Order(StringComparer.Ordinal), Balance = view.Balance is null ? null : "counted" });
}

