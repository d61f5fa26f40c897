using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Webinars;

/// <summary>The last-seat race on PostgreSQL, where the webinar row is locked instead of the whole database.</summary>
public sealed class PostgreSqlRegistrationTests(PostgreSqlAppFactory app) : IClassFixture<PostgreSqlAppFactory>
{
    [Fact]
    public async Task Five_members_racing_for_two_seats_get_two_seats_and_three_waitlist_places()
    {
        var moderator = await app.CreatePersonAsync("PG Host", Roles.Member, Roles.Moderator);
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var starts = DateTime.UtcNow.AddDays(2);
            var (webinar, errors) = await scope.ServiceProvider.GetRequiredService<CreateWebinar>().HandleAsync(new Actor(moderator.Id, "PG Host"), new WebinarCommand
            {
                Title = "Race", StartsLocal = starts, EndsLocal = starts.AddHours(1), Capacity = 2, MeetingUrl = "https://meet.example.org/race",
            });
            Assert.Empty(errors);
            id = webinar!.Id;
        }
        var members = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => app.CreatePersonAsync($"PG Racer {i}", Roles.Member)));

        var results = await Task.WhenAll(members.Select(async member =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(member.Id, id);
        }));

        Assert.Equal(2, results.Count(r => r.Value == RegistrationStatus.Registered));
        Assert.Equal(3, results.Count(r => r.Value == RegistrationStatus.Waitlisted));
    }
}
