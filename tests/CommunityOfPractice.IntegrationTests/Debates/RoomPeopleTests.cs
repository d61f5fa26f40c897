using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

/// <summary>Who is in the room: how many took part, and each author's group when they chose to show it.</summary>
[Collection(AppCollection.Name)]
public sealed class RoomPeopleTests(CommunityAppFactory app)
{
    [Fact]
    public async Task The_room_counts_who_took_part_and_shows_a_group_only_for_authors_who_show_it()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var shows = await app.CreatePersonAsync("Shows Group", Roles.Member);
        var hides = await app.CreatePersonAsync("Hides Group", Roles.Member);
        var reader = await app.CreatePersonAsync("Room Reader", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await db.Users.Where(u => u.Id == shows.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ShowCategory, true).SetProperty(u => u.Category, StakeholderCategory.PersonLivingWithNcd));
            await db.Users.Where(u => u.Id == hides.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.ShowCategory, false).SetProperty(u => u.Category, StakeholderCategory.PersonLivingWithNcd));
            var post = scope.ServiceProvider.GetRequiredService<PostToDebate>();
            var first = await post.HandleAsync(shows.Id, new PostCommand(debateId, null, "From a person who shows their group.", null));
            Assert.True(first.Succeeded, "The first post should be accepted.");
            Assert.True((await post.HandleAsync(hides.Id, new PostCommand(debateId, first.Value!.Id, "From a person who does not.", null))).Succeeded, "The reply should be accepted.");
            Assert.True((await post.HandleAsync(shows.Id, new PostCommand(debateId, null, "A second post by the same person.", null))).Succeeded, "The second post should be accepted.");
        }

        using var browser = new Browser(app);
        await browser.SignInAsync(reader);
        var page = await browser.NavigateAsync($"/debates/{debateId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("2 people have taken part", page.Text);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page.Html, "data-testid=\"author-group\"").Count);
        Assert.Contains("· Person living with an NCD", page.Text);
    }
}
