using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>Debates written straight to the database, as if created earlier.</summary>
public static class DebateSetup
{
    public static async Task<int> CreateAsync(CommunityAppFactory app, DateTimeOffset opensAt, DateTimeOffset closesAt,
        ModerationMode mode = ModerationMode.PostModeration, params string[] questions)
    {
        var admin = await app.AdministratorAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var debate = new Debate
        {
            Title = $"Debate {Guid.NewGuid():N}"[..20],
            Summary = "How should people living with NCDs take part in policy?",
            OpensAt = opensAt,
            ClosesAt = closesAt,
            ModerationMode = mode,
            IsPublished = true,
            CreatedById = admin.Id,
            CreatedAt = opensAt.AddDays(-7),
            Questions = questions.Select((q, i) => new GuidingQuestion { Order = i + 1, Text = q }).ToList(),
        };
        db.Debates.Add(debate);
        await db.SaveChangesAsync();
        return debate.Id;
    }

    /// <summary>Moves a debate's closing to <paramref name="closesAt"/> and schedules its jobs, as a change of window does.</summary>
    public static async Task CloseAtAsync(CommunityAppFactory app, int debateId, DateTimeOffset closesAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var debate = await db.Debates.SingleAsync(d => d.Id == debateId);
        debate.ClosesAt = closesAt;
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<IDebateScheduler>().ScheduleTransitions(debate, DateTimeOffset.UtcNow);
    }

    /// <summary>Writes <paramref name="count"/> published first posts of threads, as if posted earlier; returns their ids, oldest first.</summary>
    public static async Task<IReadOnlyList<long>> AddThreadsAsync(CommunityAppFactory app, int debateId, TestPerson author, int count, string text = "Thread {0} of the debate.")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var posts = Enumerable.Range(1, count).Select(i => new Post
        {
            DebateId = debateId,
            AuthorId = author.Id,
            Markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, text, i),
            Html = $"<p>{string.Format(System.Globalization.CultureInfo.InvariantCulture, text, i)}</p>",
            Status = PostStatus.Published,
            Consent = Features.Membership.QuotingConsent.QuoteWithName,
            CreatedAt = DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(i),
        }).ToList();
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync();
        return posts.Select(p => p.Id).ToList();
    }
}
