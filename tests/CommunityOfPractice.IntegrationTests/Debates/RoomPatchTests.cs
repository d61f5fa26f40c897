using System.Text.Json;
using System.Threading.Channels;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

/// <summary>
/// An open member's room is not read again for someone else's post: it reads that one post and puts it in its place
/// (<see cref="RoomPosts"/>). Over a random sequence of 200 actions of every kind, the patched room ends exactly as a
/// fresh load reads it.
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
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), mode);
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
        var posts = (await WithAsync(sp => sp.GetRequiredService<DebateRoom>().ForViewerAsync(debateId, viewer.Id, viewerIsModerator: false)))!.Posts;
        async Task PatchAsync(DebateEvent e)
        {
            posts = e.Kind == DebateEventKind.StateChanged || e.PostId is not { } id
                ? (await WithAsync(sp => sp.GetRequiredService<DebateRoom>().ForViewerAsync(debateId, viewer.Id, viewerIsModerator: false)))!.Posts
                : RoomPosts.With(posts, id, await WithAsync(sp => sp.GetRequiredService<DebateRoom>().PostAsync(id, viewer.Id, viewerIsModerator: false)));
        }

        var written = new List<(long Id, string AuthorId)>();
        var postsBy = authors.ToDictionary(a => a.Id, _ => 0);
        var actions = new List<string>();
        for (var step = 0; step < 200; step++)
        {
            var choice = random.Next(written.Count < 5 ? 1 : 10);
            if (choice < 4 && postsBy.Where(p => p.Value < PostToDebate.PostsPerMinute).Select(p => p.Key).ToList() is { Count: > 0 } free)
            {
                var author = free[random.Next(free.Count)];
                long? parent = written.Count > 0 && random.Next(2) == 0 ? written[random.Next(written.Count)].Id : null;
                var result = await WithAsync(sp => sp.GetRequiredService<PostToDebate>().HandleAsync(author, new PostCommand(debateId, parent, $"Post {step} by {author[..6]}", null)));
                if (result.Post is { } post)
                {
                    written.Add((post.Id, author));
                    postsBy[author]++;
                }
                actions.Add($"post {(result.Post is null ? "refused" : "ok")}");
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
            // The room hears events while the actions go on, as an open page does.
            while (events.Reader.TryRead(out var e))
            {
                await PatchAsync(e);
            }
        }
        // A last event of its own: when it arrives, every earlier one has (a subscriber hears its events in order).
        await notifier.PublishAsync(new DebateEvent(debateId, DebateEventKind.PostChanged, PostId: -1));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await events.Reader.ReadAsync(timeout.Token) is var e && e.PostId != -1)
        {
            await PatchAsync(e);
        }

        var fresh = (await WithAsync(sp => sp.GetRequiredService<DebateRoom>().ForViewerAsync(debateId, viewer.Id, viewerIsModerator: false)))!.Posts;
        Assert.True(actions.Count(a => a.EndsWith("True", StringComparison.Ordinal) || a == "post ok") > 100,
            $"Most actions should have done something: {string.Join(", ", actions.GroupBy(a => a).Select(g => $"{g.Key} ×{g.Count()}"))}");
        Assert.Equal(JsonSerializer.Serialize(fresh), JsonSerializer.Serialize(posts));
    }
}
