using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.Practices;

/// <summary>What the public can reach without an account: only published revisions, by any address.</summary>
[Collection(AppCollection.Name)]
public sealed partial class PublicRepositoryTests(CommunityAppFactory app)
{
    [Fact]
    public async Task A_visitor_gets_the_public_views_as_plain_pages_and_a_member_gets_the_interactive_site()
    {
        var curator = await PracticeSetup.CuratorAsync(app);
        var entry = await PracticeSetup.CreateAsync(app, await app.CreatePersonAsync("Plain Submitter", Roles.Member), curator, PracticeSetup.Command($"Plain {Guid.NewGuid():N}"), true, PracticeReviewAction.Published);
        using var visitor = new Browser(app);
        foreach (var path in new[] { "/practices", "/practices?q=plain", $"/practices/{entry.Slug}" })
        {
            var page = await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            // Nothing on them is interactive: no Blazor script (55 KB compressed) and no circuit.
            Assert.DoesNotContain("_framework/blazor.web", page.Html);
            Assert.DoesNotContain("components-reconnect-modal", page.Html);
        }
        // The pages that are not public views keep the script, for a visitor too (the sign-in page) and for a member.
        Assert.Contains("_framework/blazor.web", (await visitor.GetAsync("/Account/Login")).Html);
        using var member = new Browser(app);
        await member.SignInAsync(curator);
        Assert.Contains("_framework/blazor.web", (await member.GetAsync("/practices")).Html);
    }

    [Fact]
    public async Task A_crawl_of_every_public_address_finds_no_unpublished_entry_and_no_hidden_data()
    {
        var member = await app.CreatePersonAsync("Crawl Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var published = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Visible {tag}", "SN"), true, PracticeReviewAction.Published);
        var secrets = new List<Practice>
        {
            await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Secretdraft {tag}"), submit: false),
            await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Secretsubmitted {tag}")),
            await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Secretchanges {tag}"), true, PracticeReviewAction.ChangesRequested),
            await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Secretrejected {tag}"), true, PracticeReviewAction.Rejected),
            await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Secretunpublished {tag}"), true, PracticeReviewAction.Published, PracticeReviewAction.Unpublished),
        };

        using var visitor = new Browser(app);
        var toVisit = new Queue<string>(["/", "/practices", $"/practices?q={tag}", "/practices/feed.atom", "/api/practices", $"/api/practices?q={tag}", "/openapi/v1.json"]);
        var seen = new HashSet<string>(toVisit);
        var reachedEntry = false;
        for (var visited = 0; toVisit.Count > 0 && visited < 300; visited++)
        {
            var path = toVisit.Dequeue();
            var page = await visitor.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path} answered {(int)page.Status}");
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret.Content.Title, page.Html);
                Assert.DoesNotContain(secret.Slug, page.Html);
            }
            // The contact was not meant to be shown; the submitter's address never is.
            Assert.DoesNotContain("hidden.contact@example.org", page.Html);
            Assert.DoesNotContain(member.Email, page.Html);
            reachedEntry |= path == $"/practices/{published.Slug}";
            foreach (Match link in Links().Matches(page.Html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                href = href.StartsWith("http://localhost/", StringComparison.Ordinal) ? href["http://localhost".Length..] : href.StartsWith('/') ? href : "/" + href;
                if ((href.StartsWith("/practices", StringComparison.Ordinal) || href.StartsWith("/api/practices", StringComparison.Ordinal))
                    && !href.StartsWith("/practices/submit", StringComparison.Ordinal) && !href.StartsWith("/practices/mine", StringComparison.Ordinal)
                    && seen.Add(href))
                {
                    toVisit.Enqueue(href);
                }
            }
        }
        Assert.True(reachedEntry, "The crawl never reached the published entry.");

        // Typed by hand, every unpublished entry's address answers "not found", on the page and in the API.
        foreach (var secret in secrets)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/practices/{secret.Slug}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/practices/{secret.Slug}")).Status);
        }
    }

    [Theory]
    [InlineData("/practices?q=%22")]
    [InlineData("/practices?q=NEAR(diabetes")]
    [InlineData("/practices?q=*")]
    [InlineData("/practices?q=-peer")]
    [InlineData("/practices?q=%22unbalanced+quote")]
    [InlineData("/practices?region=Atlantis")]
    [InlineData("/practices?region=3")]
    [InlineData("/practices?area=Cancer%2CDiabetes")]
    [InlineData("/practices?theme=abc")]
    [InlineData("/practices?theme=999999")]
    [InlineData("/practices?country=ZZ")]
    [InlineData("/practices?page=-1")]
    [InlineData("/practices?page=99999")]
    [InlineData("/practices?page=abc")]
    [InlineData("/practices?year=1")]
    [InlineData("/practices?sort=random")]
    public async Task Hostile_or_meaningless_addresses_answer_a_normal_page_with_a_notice(string path)
    {
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        if (path is not ("/practices?q=NEAR(diabetes" or "/practices?q=-peer" or "/practices?q=%22unbalanced+quote"))
        {
            Assert.Contains("data-testid=\"notices\"", page.Html);
        }
        var api = await visitor.GetAsync(path.Replace("/practices", "/api/practices"));
        Assert.Equal(HttpStatusCode.OK, api.Status);
    }

    [Fact]
    public async Task A_query_of_3000_characters_is_shortened_with_a_notice()
    {
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync("/practices?q=" + string.Concat(Enumerable.Repeat("diabetes+", 333)) + "x");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Your search was shortened to its first 200 characters.", page.Text);
        var kept = Regex.Match(page.Html, "id=\"q\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        Assert.True(kept.Length <= 200, $"The search box should keep at most 200 characters of the query, but kept {kept.Length}.");
    }

    [Fact]
    public async Task Hostile_markdown_in_an_entry_is_shown_as_text()
    {
        var member = await app.CreatePersonAsync("Hostile Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "hostile-markdown.txt"));
        var practice = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Hostile {Guid.NewGuid():N}"[..20], body: body), true, PracticeReviewAction.Published);
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/practices/{practice.Slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var start = page.Html.IndexOf("<article", StringComparison.Ordinal);
        var article = page.Html[start..page.Html.IndexOf("</article>", start, StringComparison.Ordinal)];
        Assert.Contains("&lt;script", article);
        // Encoded text such as "&lt;img onerror=…&gt;" is harmless: only real elements, handlers and script links count.
        Assert.DoesNotMatch("(?i)<script|<iframe|<img|<[^>]*\\son\\w+\\s*=|<a\\s[^>]*href\\s*=\\s*\"\\s*javascript:", article);
    }

    [Fact]
    public async Task The_atom_feed_is_valid_and_lists_the_newest_first()
    {
        var member = await app.CreatePersonAsync("Feed Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var older = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Feed older {Guid.NewGuid():N}"[..24]), true, PracticeReviewAction.Published);
        var newer = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Feed newer {Guid.NewGuid():N}"[..24]), true, PracticeReviewAction.Published);
        using var visitor = new Browser(app);
        var feed = await visitor.GetAsync("/practices/feed.atom");
        Assert.Equal("application/atom+xml", feed.ContentType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Parse(feed.Html);
        Assert.Equal(atom + "feed", document.Root!.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(document.Root.Element(atom + required));
        }
        var entries = document.Root.Elements(atom + "entry").ToList();
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Element(atom + "id")?.Value), $"Every feed entry should have an id:\n{e}");
            Assert.False(string.IsNullOrEmpty(e.Element(atom + "title")?.Value), $"Every feed entry should have a title:\n{e}");
            Assert.True(DateTimeOffset.TryParse(e.Element(atom + "updated")?.Value, out _), $"Every feed entry should have a readable updated date:\n{e}");
            Assert.StartsWith("http", e.Element(atom + "link")!.Attribute("href")!.Value);
        });
        var titles = entries.Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.True(titles.IndexOf(newer.Content.Title) < titles.IndexOf(older.Content.Title) && titles.IndexOf(newer.Content.Title) >= 0, string.Join(" | ", titles));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
    }

    [Fact]
    public async Task The_json_api_filters_like_the_page_and_is_described_by_openapi()
    {
        var member = await app.CreatePersonAsync("Api Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..10];
        await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Api africa {tag}", "NG"), true, PracticeReviewAction.Published);
        await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Api europe {tag}", "IT"), true, PracticeReviewAction.Published);
        using var visitor = new Browser(app);

        var response = await visitor.GetAsync($"/api/practices?q={tag}&region=Africa");
        Assert.StartsWith("application/json", response.ContentType);
        using var json = JsonDocument.Parse(response.Html);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal($"Api africa {tag}", item.GetProperty("title").GetString());
        Assert.Equal(["NG"], item.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Africa"], item.GetProperty("regions").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(tag, item.GetProperty("snippet").GetString());
        var regions = root.GetProperty("facets").GetProperty("region").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, regions["Africa"]);
        Assert.Equal(1, regions["Europe"]);

        var detail = JsonDocument.Parse((await visitor.GetAsync(new Uri(item.GetProperty("url").GetString()!).AbsolutePath.Replace("/practices/", "/api/practices/"))).Html).RootElement;
        Assert.Equal($"Api africa {tag}", detail.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("contactEmail").ValueKind);

        var notices = JsonDocument.Parse((await visitor.GetAsync("/api/practices?region=Atlantis&page=-2")).Html).RootElement.GetProperty("notices");
        Assert.Equal(["region", "page"], notices.EnumerateArray().Select(n => n.GetProperty("parameter").GetString()));

        var openApi = JsonDocument.Parse((await visitor.GetAsync("/openapi/v1.json")).Html).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/practices", paths);
        Assert.Contains("/api/practices/{slug}", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_pages_are_served_from_the_cache_until_an_entry_is_published()
    {
        var member = await app.CreatePersonAsync("Cache Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        using var visitor = new Browser(app);
        var path = $"/practices?sort=Newest&cachetest={Guid.NewGuid():N}";
        var first = await visitor.GetAsync(path);
        var second = await visitor.GetAsync(path);
        Assert.False(first.Headers.Contains("Age"), "The first anonymous request should be a cache miss, without an Age header.");
        Assert.True(second.Headers.Contains("Age"), "The second anonymous request was not served from the output cache.");
        Assert.Equal(first.Html, second.Html);

        var title = $"Cache buster {Guid.NewGuid():N}"[..26];
        await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command(title), true, PracticeReviewAction.Published);
        var third = await visitor.GetAsync(path);
        Assert.False(third.Headers.Contains("Age"),
            "Publishing an entry should empty the cache, so the next anonymous request is a miss, without an Age header.");
        Assert.Contains(title, third.Html);

        // Signed-in people always get a fresh page.
        using var signedIn = new Browser(app);
        await signedIn.SignInAsync(member);
        await signedIn.GetAsync(path);
        Assert.False((await signedIn.GetAsync(path)).Headers.Contains("Age"),
            "A signed-in request should never be served from the output cache, so it should have no Age header.");
    }

    [Fact]
    public async Task Linked_translations_offer_each_other()
    {
        var member = await app.CreatePersonAsync("Translation Submitter", Roles.Member);
        var curator = await PracticeSetup.CuratorAsync(app);
        var english = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Translated {Guid.NewGuid():N}"[..24]), true, PracticeReviewAction.Published);
        var french = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Traduit {Guid.NewGuid():N}"[..20], language: "fr"), true, PracticeReviewAction.Published);
        var otherEnglish = await PracticeSetup.CreateAsync(app, member, curator, PracticeSetup.Command($"Another {Guid.NewGuid():N}"[..20]), true, PracticeReviewAction.Published);

        using var browser = new Browser(app);
        await browser.SignInAsync(curator);
        var sameLanguage = await browser.SubmitAsync($"/moderation/practices/{english.Id}", "translation", new Dictionary<string, string> { ["Translation.Address"] = $"http://localhost/practices/{otherEnglish.Slug}" });
        Assert.Contains("A translation must be in another language.", sameLanguage.Text);
        var unknown = await browser.SubmitAsync($"/moderation/practices/{english.Id}", "translation", new Dictionary<string, string> { ["Translation.Address"] = "no-such-entry" });
        Assert.Contains("Give the address of a published entry.", unknown.Text);
        var linked = await browser.SubmitAsync($"/moderation/practices/{english.Id}", "translation", new Dictionary<string, string> { ["Translation.Address"] = french.Slug });
        Assert.True(linked.IsRedirect, linked.Html);

        using var visitor = new Browser(app);
        var englishPage = await visitor.GetAsync($"/practices/{english.Slug}");
        Assert.Contains($"href=\"practices/{french.Slug}\" hreflang=\"fr\"", englishPage.Html);
        Assert.Contains($"hreflang=\"en\"", (await visitor.GetAsync($"/practices/{french.Slug}")).Html);
        Assert.DoesNotContain(otherEnglish.Slug, englishPage.Html);
    }

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Links();
}
