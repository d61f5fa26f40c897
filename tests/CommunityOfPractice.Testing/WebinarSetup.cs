using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Webinars;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

/// <summary>Webinars written straight to the database, as if scheduled earlier (no job was ever scheduled for them).</summary>
public static class WebinarSetup
{
    public const string MeetingUrl = WebinarBuilder.MeetingUrl;

    public static async Task<int> CreateAsync(CommunityAppFactory app, DateTimeOffset startsAt, int? capacity = null, int? debateId = null, params string[] registeredUserIds)
    {
        var admin = await app.AdministratorAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var webinar = new WebinarBuilder(admin.Id).StartingAt(startsAt).WithCapacity(capacity).ForDebate(debateId).Build();
        db.Webinars.Add(webinar);
        await db.SaveChangesAsync();
        foreach (var userId in registeredUserIds)
        {
            db.WebinarRegistrations.Add(new WebinarRegistration { WebinarId = webinar.Id, UserId = userId, Status = RegistrationStatus.Registered, RegisteredAt = startsAt.AddDays(-7) });
        }
        await db.SaveChangesAsync();
        return webinar.Id;
    }
}
