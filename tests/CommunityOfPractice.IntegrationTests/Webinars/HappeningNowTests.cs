using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Webinars;

/// <summary>The home page tells what is on now apart from what is coming: an open debate is not "coming up".</summary>
public sealed class HappeningNowTests
{
    [Fact]
    public async Task An_open_debate_is_happening_now_and_a_later_one_is_coming_up()
    {
        // A community of its own: the home page lists the six nearest events, which other tests' debates would crowd.
        await using var app = new CommunityAppFactory();
        var open = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var later = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(5), DateTimeOffset.UtcNow.AddDays(8));
        string openTitle, laterTitle;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            openTitle = await db.Debates.Where(d => d.Id == open).Select(d => d.Title).SingleAsync();
            laterTitle = await db.Debates.Where(d => d.Id == later).Select(d => d.Title).SingleAsync();
        }
        using var visitor = new Browser(app);

        var home = await visitor.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        var happening = List(home.Html, "happening");
        var upcoming = List(home.Html, "upcoming");
        Assert.Contains(openTitle, happening);
        Assert.DoesNotContain(openTitle, upcoming);
        Assert.Contains(laterTitle, upcoming);
        Assert.DoesNotContain(laterTitle, happening);
    }

    private static string List(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The home page has no '{testId}' list.");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
