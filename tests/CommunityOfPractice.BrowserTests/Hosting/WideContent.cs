using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.BrowserTests.Hosting;

/// <summary>
/// Content that pushes a phone's screen sideways if a page lets it: a debate with a long guiding question and a post of one
/// unbroken address, and a published practice whose body has one. The pages that show them are walked at phone width.
/// </summary>
public static class WideContent
{
    private static readonly string Unbroken = "https://example.org/" + new string('n', 180);

    /// <summary>Creates the debate and the practice; their pages are <see cref="Public"/> and <see cref="ForAdministrator"/>.</summary>
    public static async Task<(int DebateId, string PracticeSlug)> CreateAsync(CommunityAppFactory app)
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(3), ModerationMode.PostModeration,
            "Which seats on health councils should be reserved for people living with noncommunicable diseases, and who should choose them?");
        var author = await app.CreatePersonAsync("Wide Poster", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var posted = await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(author.Id,
                new PostCommand(debateId, null, $"A long address nobody broke: {Unbroken}", QuotingConsent.QuoteWithName));
            Assert.True(posted.Succeeded, string.Join(" ", posted.Errors.Select(e => e.Message)));
        }
        var practice = await PracticeSetup.CreateAsync(app, author, await PracticeSetup.CuratorAsync(app),
            PracticeSetup.Command($"Narrow screens {Guid.NewGuid():N}", body: $"See {Unbroken}"), true, PracticeReviewAction.Published);
        return (debateId, practice.Slug);
    }

    /// <summary>The public pages and the practice's, in <paramref name="language"/>.</summary>
    public static IEnumerable<string> Public(string practiceSlug, string language) =>
        SitePages.Public.Append("/practices").Append($"/practices/{practiceSlug}").Select(path => SitePages.In(path, language));

    /// <summary>Every page an administrator opens, the debate's room and the practice form included.</summary>
    public static IEnumerable<string> ForAdministrator(int debateId) =>
        SitePages.ForAdministrator.Append($"/debates/{debateId}").Append("/practices/submit");
}
