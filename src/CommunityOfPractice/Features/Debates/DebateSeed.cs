using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Setup;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// The demo's debates (<c>debates</c> in <c>samples/demo/community.json</c>), idempotent by title, played on a clock set in
/// the past: the moderator creates each a week before it opens, the opening and the closing run through the transitions
/// the jobs run, and each post is written by its author through <see cref="PostToDebate"/> inside the window.
/// </summary>
internal sealed class DebateSeed(CommunityDbContext db, MarkdownRenderer markdown, IServiceProvider services) : DemoSeed<DemoDebate>(services, "debates", order: 20)
{
    protected override Task<bool> SkipsAsync(DemoDebate demo, CancellationToken cancellationToken) =>
        db.Debates.AnyAsync(d => d.Title == demo.Title, cancellationToken);

    protected override async Task AddAsync(DemoDebate demo, DemoSeedContext context, CancellationToken cancellationToken)
    {
        var now = context.Now;
        var opensAt = demo.OpensAt ?? now.AddDays(demo.OpensInDays ?? 0);
        var closesAt = demo.ClosesAt ?? opensAt.AddDays(demo.LastsDays ?? 5);
        var clock = new SeedClock(opensAt.AddDays(-7) < now ? opensAt.AddDays(-7) : now);
        var debate = Check(await On<CreateDebate>(clock).HandleAsync(await ActorAsync(demo.ModeratorEmail), new DebateCommand
        {
            Title = demo.Title, Summary = demo.Summary, Context = demo.Context, Questions = string.Join('\n', demo.Questions),
            OpensLocal = opensAt.UtcDateTime, ClosesLocal = closesAt.UtcDateTime, TimeZoneId = "UTC", ModerationMode = ModerationMode.PostModeration,
        }, cancellationToken), demo.Title);
        var questions = debate.Questions.OrderBy(q => q.Order).Select(q => q.Id).ToList();
        var posts = demo.Posts ?? [];
        if (opensAt > now)
        {
            // A debate that has not opened takes no posts: its demo conversation is written as it stands, to show in the upcoming room.
            await WriteAheadAsync(debate, posts, questions, now, cancellationToken);
            return;
        }
        await At<DebateTransitions>(clock, opensAt).ApplyAsync(debate.Id, cancellationToken);
        // Posts an hour apart from the opening, closer together if there are many, and all over two minutes before the load: a
        // demo member's posting limit (ten a minute) is not used up by the posts written for them.
        var lastAt = (closesAt < now ? closesAt : now).AddMinutes(-2);
        var step = TimeSpan.FromTicks(Math.Clamp((lastAt - opensAt).Ticks / Math.Max(1, posts.Count), 0, TimeSpan.FromHours(1).Ticks));
        var posted = new List<long>();
        foreach (var (item, index) in posts.Select((p, i) => (p, i)))
        {
            var author = await MemberAsync(item.AuthorEmail);
            var post = Check(await At<PostToDebate>(clock, opensAt + (step * (index + 1))).HandleAsync(author.Id, new PostCommand(debate.Id, item.ReplyTo is { } replyTo ? posted[replyTo] : null,
                item.Markdown, null, QuestionId: item.Question is { } q ? questions[q - 1] : null), cancellationToken), $"{demo.Title}, post {index + 1}");
            posted.Add(post.Id);
        }
        if (closesAt <= now)
        {
            await At<DebateTransitions>(clock, closesAt).ApplyAsync(debate.Id, cancellationToken);
        }
    }

    private async Task WriteAheadAsync(Debate debate, List<DemoPost> posts, List<int> questions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = new List<Post>();
        foreach (var item in posts)
        {
            var author = await MemberAsync(item.AuthorEmail);
            var parent = item.ReplyTo is { } replyTo ? written[replyTo] : null;
            var post = new Post
            {
                DebateId = debate.Id, AuthorId = author.Id, ParentId = parent?.Id, Depth = parent is null ? 1 : parent.Depth + 1,
                QuestionId = parent?.QuestionId ?? (item.Question is { } q ? questions[q - 1] : null),
                Markdown = item.Markdown, Html = markdown.ToSafeHtml(item.Markdown), Consent = author.DefaultQuotingConsent,
                Status = PostStatus.Published, CreatedAt = now,
            };
            db.Posts.Add(post);
            await db.SaveChangesAsync(cancellationToken);
            written.Add(post);
        }
    }
}
