using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>What staff see beyond members, they see only once signed in with a second factor, on every page.</summary>
[Collection(AppCollection.Name)]
public sealed class StaffTwoFactorTests(CommunityAppFactory app)
{
    [Fact]
    public async Task Draft_debates_are_listed_to_moderators_with_a_second_factor_only()
    {
        var draftId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(5), DateTimeOffset.UtcNow.AddDays(8));
        string title;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var draft = await db.Debates.SingleAsync(d => d.Id == draftId);
            draft.IsPublished = false;
            title = draft.Title;
            await db.SaveChangesAsync();
        }

        using var secured = new Browser(app);
        await secured.SignInAsync(await app.CreatePersonAsync("Draft Moderator", Roles.Member, Roles.Moderator));
        Assert.Contains(title, (await secured.GetAsync("/debates")).Text);

        foreach (var role in new[] { Roles.Moderator, Roles.Admin })
        {
            using var unsecured = new Browser(app);
            await unsecured.SignInAsync(await app.CreateStaffWithoutTwoFactorAsync($"Draft {role} No2fa", role));
            var list = await unsecured.GetAsync("/debates");
            Assert.Equal(System.Net.HttpStatusCode.OK, list.Status);
            Assert.DoesNotContain(title, list.Text);
        }
    }
}
