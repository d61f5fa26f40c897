using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>A curator turns posts highlighted for synthesis into draft entries, as far as each author's consent allows.</summary>
[Collection(AppCollection.Name)]
public sealed class DraftFromPostTests(CommunityAppFactory app)
{
    private async Task<long> HighlightedPostAsync(int debateId, TestPerson author, QuotingConsent consent, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var post = new PostBuilder(debateId, author.Id, text).WithConsent(consent).Highlighted().Build();
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    }

    [Fact]
    public async Task Consent_decides_whether_and_how_a_post_becomes_an_entry()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(2));
        var named = await app.CreatePersonAsync("Named Author", Roles.Member);
        var unnamed = await app.CreatePersonAsync("Unnamed Author", Roles.Member);
        var refusing = await app.CreatePersonAsync("Refusing Author", Roles.Member);
        var namedPost = await HighlightedPostAsync(debateId, named, QuotingConsent.QuoteWithName, "Our district council gave two seats to patients.");
        var unnamedPost = await HighlightedPostAsync(debateId, unnamed, QuotingConsent.QuoteAnonymously, "Peer navigators cut missed appointments by half.");
        var refusedPost = await HighlightedPostAsync(debateId, refusing, QuotingConsent.DoNotQuote, "Private story.");
        var curator = await PracticeSetup.CuratorAsync(app);
        var actor = new Actor(curator.Id, curator.DisplayName);

        await using var scope = app.Services.CreateAsyncScope();
        var drafts = scope.ServiceProvider.GetRequiredService<DraftFromPost>();
        var (refused, errors) = await drafts.CreateAsync(actor, refusedPost);
        Assert.Null(refused);
        Assert.Equal("Its author asked not to be quoted: this post cannot become an entry.", Assert.Single(errors).Message);
        var (member, memberErrors) = await drafts.CreateAsync(new Actor(named.Id, named.DisplayName), namedPost);
        Assert.Null(member);
        Assert.Equal("Only moderators can do this.", Assert.Single(memberErrors).Message);

        var (fromUnnamed, _) = await drafts.CreateAsync(actor, unnamedPost);
        Assert.Equal("", fromUnnamed!.Content.Attribution);
        Assert.Equal(PracticeStatus.Draft, fromUnnamed.Status);
        Assert.Equal(debateId, fromUnnamed.SourceDebateId);
        Assert.Equal("This post is already a draft entry.", Assert.Single((await drafts.CreateAsync(actor, unnamedPost)).Errors).Message);

        // Through the page: the curator turns the named post into a draft, completes it, submits and publishes it.
        using var browser = new Browser(app);
        await browser.SignInAsync(curator);
        var list = await browser.GetAsync("/moderation/practices/from-debates");
        Assert.Contains("Our district council gave two seats to patients.", list.Text);
        var created = await browser.SubmitAsync(list, "/moderation/practices/from-debates", "from-post", new Dictionary<string, string> { ["postId"] = namedPost.ToString() });
        Assert.True(created.IsRedirect, created.Html);
        var practiceId = int.Parse(created.Location!.Split('/').Last());
        var command = PracticeSetup.Command("District council seats for patients");
        var (saved, saveErrors) = await scope.ServiceProvider.GetRequiredService<SubmitPractice>().SaveAsync(actor, practiceId, command, submit: true);
        Assert.Empty(saveErrors);
        Assert.Empty((await scope.ServiceProvider.GetRequiredService<ReviewPractice>().DecideAsync(actor, practiceId, PracticeReviewAction.Published, null)).Errors);
        var slug = (await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Practices.AsNoTracking().SingleAsync(p => p.Id == practiceId)).Slug;

        using var visitor = new Browser(app);
        var publicPage = await visitor.GetAsync($"/practices/{slug}");
        Assert.Equal(HttpStatusCode.OK, publicPage.Status);
        Assert.Contains("By Named Author", publicPage.Text);
        Assert.DoesNotContain($"debates/{debateId}", publicPage.Html);
        using var reader = new Browser(app);
        await reader.SignInAsync(unnamed);
        Assert.Contains($"href=\"debates/{debateId}\"", (await reader.GetAsync($"/practices/{slug}")).Html);
    }
}
