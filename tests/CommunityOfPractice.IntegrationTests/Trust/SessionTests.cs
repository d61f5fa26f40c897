using System.Net;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.Trust;

public sealed class SessionTests
{
    [Fact]
    public async Task A_staff_session_ends_after_twelve_hours_however_active_and_a_members_does_not()
    {
        await using var app = new ClockedAppFactory();
        var moderator = await app.CreatePersonAsync("Long Shift", Roles.Member, Roles.Moderator);
        var member = await app.CreatePersonAsync("Long Reader", Roles.Member);
        using var staffBrowser = new Browser(app);
        using var memberBrowser = new Browser(app);
        await staffBrowser.SignInAsync(moderator);
        await memberBrowser.SignInAsync(member);

        for (var hour = 0; hour < 11; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await staffBrowser.GetAsync("/moderation")).Status);
        }
        app.Clock.Advance(TimeSpan.FromHours(1.5));

        var staff = await staffBrowser.GetAsync("/moderation");
        Assert.True(staff.IsRedirect && staff.Location!.Contains("Account/Login", StringComparison.OrdinalIgnoreCase),
            $"A staff session older than 12 hours should end, got {(int)staff.Status} {staff.Location}");
        Assert.Equal(HttpStatusCode.OK, (await memberBrowser.GetAsync("/profile")).Status);
    }
}
