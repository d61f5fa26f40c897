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
        var debate = new DebateBuilder(admin.Id).WithWindow(opensAt, closesAt).WithModeration(mode).WithQuestions(questions).Build();
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
        var posts = Enumerable.Range(1, count)
            .Select(i => new PostBuilder(debateId, author.Id, string.Format(System.Globalization.CultureInfo.InvariantCulture, text, i))
                .WithCreatedAt(DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(i)).Build())
            .ToList();
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync();
        return posts.Select(p => p.Id).ToList();
    }
}
