using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.WorkingGroups;
using CommunityOfPractice.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.IntegrationTests.Standards;

/// <summary>What anyone can read of a standard, without an account: published versions, confirmed endorsements, closed rounds' reports.</summary>
[Collection(AppCollection.Name)]
public sealed partial class PublicStandardTests(CommunityAppFactory app)
{
    [Fact]
    public async Task A_visitor_reads_the_final_version_with_numbered_permalinked_paragraphs_confirmed_endorsers_and_earlier_versions()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        var slug = scenario.Document.Slug;
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/standards/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("_framework/blazor.web", page.Html);
        Assert.Contains("id=\"p1.1\"", page.Html);
        Assert.Contains($"href=\"standards/{slug}/v2#p2.2\"", page.Html);
        Assert.Contains("Documents are written in plain language.", page.Text);
        Assert.Contains("Link to paragraph 1.1", page.Text);
        Assert.Contains(scenario.ConfirmedOrganisation, page.Text);
        Assert.DoesNotContain(scenario.UnconfirmedOrganisation, page.Text);
        Assert.Contains($"href=\"standards/{slug}/v1\"", page.Html);
        Assert.Contains($"href=\"standards/{slug}/v1/report\"", page.Html);
        Assert.Contains($"href=\"standards/{scenario.French.Slug}\" hreflang=\"fr\"", page.Html);
        Assert.Contains("property=\"og:title\"", page.Html);
        var script = JsonLd().Match(page.Html);
        Assert.True(script.Success, "The page should carry JSON-LD.");
        var jsonLd = JsonDocument.Parse(WebUtility.HtmlDecode(script.Groups[1].Value)).RootElement;
        Assert.Equal("2", jsonLd.GetProperty("version").GetString());
        Assert.Equal("en", jsonLd.GetProperty("inLanguage").GetString());
        Assert.True(DateTimeOffset.TryParse(jsonLd.GetProperty("datePublished").GetString(), out _), "The JSON-LD should give a readable datePublished.");

        var first = await visitor.GetAsync($"/standards/{slug}/v1");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("data-testid=\"newer-version\"", first.Html);
        Assert.DoesNotContain("Documents are written in plain language.", first.Text);

        foreach (var missing in new[] { $"/standards/{slug}/v9", $"/standards/{slug}/v0", $"/standards/{slug}/2", $"/standards/{slug}/v1x", $"/standards/{scenario.Draft.Slug}",
            $"/standards/{scenario.Draft.Slug}/v1", $"/standards/{scenario.OpenRound.Slug}/v1/report", $"/standards/{slug}/v2/report", $"/standards/{scenario.Draft.Slug}/compare",
            $"/api/standards/{scenario.Draft.Slug}", $"/standards/{slug}/v9/report.docx", $"/standards/{scenario.OpenRound.Slug}/v1/report.docx" })
        {
            Assert.True((await visitor.GetAsync(missing)).Status == HttpStatusCode.NotFound, $"{missing} should answer 404.");
        }
    }

    [Fact]
    public async Task Two_versions_compare_paragraph_by_paragraph_and_meaningless_versions_get_a_notice()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/standards/{scenario.Document.Slug}/compare?from=1&to=2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches("<ins[^>]*>(<span[^>]*>[^<]*</span>)?[^<]*from the start", page.Html);
        Assert.Contains("Documents are written in plain language.", page.Text);
        Assert.DoesNotContain("data-testid=\"notice\"", page.Html);
        var reversed = await visitor.GetAsync($"/standards/{scenario.Document.Slug}/compare?from=2&to=1");
        Assert.Matches("<del[^>]*>(<span[^>]*>[^<]*</span>)?[^<]*from the start", reversed.Html);
        foreach (var query in new[] { "from=1&to=1", "from=abc&to=2", "from=1&to=99", "from=-1" })
        {
            var odd = await visitor.GetAsync($"/standards/{scenario.Document.Slug}/compare?{query}");
            Assert.Equal(HttpStatusCode.OK, odd.Status);
            Assert.Contains("data-testid=\"notice\"", odd.Html);
        }
    }

    [Fact]
    public async Task The_round_report_counts_every_contribution_quotes_only_with_consent_and_exports_to_word()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        using var visitor = new Browser(app);
        var report = await visitor.GetAsync($"/standards/{scenario.Document.Slug}/v1/report");
        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Contains(scenario.NamedProposal, report.Text);
        Assert.Contains("Named Proposer", report.Text);
        Assert.DoesNotContain(scenario.SecretProposal, report.Text);
        Assert.DoesNotContain("Private Proposer", report.Text);
        Assert.Contains($"Accepted answer {scenario.Tag}", report.Text);
        Assert.Contains($"Declined answer {scenario.Tag}", report.Text);
        Assert.Contains("A proposal by a participant who asked not to be quoted.", report.Text);
        var figures = Figures().Matches(report.Html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => m.Groups[2].Value.Trim());
        Assert.Equal("1", figures["Comments"]);
        Assert.Equal("2", figures["Proposals"]);
        Assert.Equal("3", figures["Participants"]);
        Assert.Equal("1", figures["Participants living with an NCD"]);
        Assert.Contains("People living with NCDs", report.Text);

        var french = await visitor.GetAsync($"/standards/{scenario.Document.Slug}/v1/report?culture=fr");
        Assert.Contains("Propositions et réponses", french.Text);

        using var response = await visitor.Client.GetAsync($"/standards/{scenario.Document.Slug}/v1/report.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains(scenario.NamedProposal, text);
        Assert.Contains("— Named Proposer", text);
        Assert.DoesNotContain(scenario.SecretProposal, text);
        Assert.DoesNotContain("Private Proposer", text);
        Assert.Contains("A proposal by a participant who asked not to be quoted.", text);
        Assert.Contains($"Declined. Declined answer {scenario.Tag}", text);
        Assert.Contains("3 participants made 1 comments and 2 proposals", text);
        Assert.DoesNotContain("**", text);
        Assert.Contains(word.MainDocumentPart.Document.Body.Descendants<Paragraph>(), p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1");
    }

    [Fact]
    public async Task A_representative_endorses_once_per_organisation_and_the_endorsement_shows_once_a_coordinator_confirms_it()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        var slug = scenario.Document.Slug;
        var organisation = $"Form Coalition {scenario.Tag}";
        using var visitor = new Browser(app);
        var before = await visitor.GetAsync($"/standards/{slug}");
        Assert.Contains($"href=\"standards/{slug}/endorse\"", before.Html);
        Assert.True((await visitor.GetAsync($"/standards/{slug}")).Headers.Contains("Age"), "The public page should be served from the cache the second time.");

        var member = await app.CreatePersonAsync("Form Representative", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var sent = await browser.SubmitAsync($"/standards/{slug}/endorse", "endorse", new Dictionary<string, string>
        {
            ["Input.Organisation"] = organisation, ["Input.CountryCode"] = "SN", ["Input.SignatoryRole"] = "Secretary general",
        });
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Contains("waiting for a coordinator to confirm it", sent.Text);

        var twice = await browser.SubmitAsync($"/standards/{slug}/endorse?culture=fr", "endorse", new Dictionary<string, string>
        {
            ["Input.Organisation"] = $"  form COALITION {scenario.Tag} ", ["Input.CountryCode"] = "SN", ["Input.SignatoryRole"] = "Présidente",
        });
        Assert.Contains("Cette organisation a déjà approuvé cette norme.", twice.Text);
        Assert.Contains("value=\"Présidente\"", twice.Text);
        var bad = await browser.SubmitAsync($"/standards/{slug}/endorse?culture=en", "endorse", new Dictionary<string, string>
        {
            ["Input.Organisation"] = $"Other {scenario.Tag}", ["Input.CountryCode"] = "ZZ", ["Input.SignatoryRole"] = "",
        });
        Assert.Contains("Choose a country from the list.", bad.Text);
        Assert.Contains($"value=\"Other {scenario.Tag}\"", bad.Text);

        Assert.DoesNotContain(organisation, (await visitor.GetAsync($"/standards/{slug}")).Text);
        using var coordinator = new Browser(app);
        await coordinator.SignInAsync(scenario.Drafter);
        var queue = await coordinator.GetAsync("/standards/endorsements");
        Assert.Contains(organisation, queue.Text);
        var id = Regex.Match(queue.Html, $"data-testid=\"endorsement-(\\d+)\"><td><strong>{organisation}").Groups[1].Value;
        var confirmed = await coordinator.SubmitAsync(queue, "/standards/endorsements", $"confirm-{id}", new Dictionary<string, string>());
        Assert.True(confirmed.IsRedirect, confirmed.Html);
        var after = await visitor.GetAsync($"/standards/{slug}");
        Assert.False(after.Headers.Contains("Age"), "Confirming an endorsement should drop the cached public page.");
        Assert.Contains(organisation, after.Text);
        Assert.DoesNotContain(organisation, (await coordinator.GetAsync("/standards/endorsements")).Text);
    }

    [Fact]
    public async Task A_coordinator_opens_the_endorsement_window_through_the_queue_and_a_bad_window_is_refused_with_its_times_kept()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        using var coordinator = new Browser(app);
        await coordinator.SignInAsync(scenario.Drafter);
        var queue = await coordinator.GetAsync("/standards/endorsements");
        var option = Regex.Match(queue.Html, $"<option value=\"(\\d+)\"[^>]*>{Regex.Escape(scenario.French.Title)}").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(option), "The French translation, published and not final, should be offered for endorsement.");
        var bad = await coordinator.SubmitAsync(queue, "/standards/endorsements", "open", new Dictionary<string, string>
        {
            ["Input.DocumentId"] = option, ["Input.OpensLocal"] = "2030-05-02T10:00", ["Input.ClosesLocal"] = "2030-05-01T10:00",
        });
        Assert.Contains("The endorsement window must close after it opens.", bad.Text);
        Assert.Contains("value=\"2030-05-02T10:00", bad.Html);
        var opened = await coordinator.SubmitAsync(queue, "/standards/endorsements", "open", new Dictionary<string, string>
        {
            ["Input.DocumentId"] = option, ["Input.OpensLocal"] = "2000-01-01T00:00", ["Input.ClosesLocal"] = "2099-01-01T00:00",
        });
        Assert.True(opened.IsRedirect, opened.Text);
        using var visitor = new Browser(app);
        var page = await visitor.GetAsync($"/standards/{scenario.French.Slug}");
        Assert.Contains($"href=\"standards/{scenario.French.Slug}/endorse\"", page.Html);
        Assert.Contains("Final version", page.Text);
    }

    [Fact]
    public async Task A_crawl_of_every_public_address_finds_no_draft_open_round_unquotable_wording_or_unconfirmed_endorsement()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        // A working group's document, with two versions as a public standard has: never public, wherever the crawl goes.
        var chair = await GroupSetup.PersonFromAsync(app, "Crawl Chair", "FR");
        var groupDocument = await GroupSetup.DocumentAsync(app, chair, await GroupSetup.GroupAsync(app, "Crawl", chair), "Group paper " + Guid.NewGuid().ToString("N")[..6],
            "# Scope\n\nOnly for the group.", "# Scope\n\nOnly for the group, still.");
        using var visitor = new Browser(app);
        var toVisit = new Queue<string>(["/", $"/standards/{scenario.Document.Slug}", $"/standards/{scenario.OpenRound.Slug}", "/api/standards", "/practices/feed.atom", "/openapi/v1.json"]);
        var seen = new HashSet<string>(toVisit);
        var reached = new HashSet<string>();
        var secrets = new[] { scenario.Draft.Title, scenario.Draft.Slug, scenario.UnconfirmedOrganisation, scenario.SecretProposal, scenario.OpenRoundProposal, "Private Proposer", scenario.Refusing.Email,
            groupDocument.Title, groupDocument.Slug };
        for (var visited = 0; toVisit.Count > 0 && visited < 300; visited++)
        {
            var path = toVisit.Dequeue();
            var page = await visitor.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"{path} answered {(int)page.Status}");
            foreach (var secret in secrets)
            {
                Assert.False(page.Text.Contains(secret, StringComparison.Ordinal), $"{path} shows \"{secret}\", which is not public.");
            }
            reached.Add(path);
            foreach (Match link in Links().Matches(page.Html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value);
                href = href.StartsWith("http://localhost/", StringComparison.Ordinal) ? href["http://localhost".Length..] : href.StartsWith('/') ? href : "/" + href;
                if ((href.StartsWith("/standards", StringComparison.Ordinal) || href.StartsWith("/api/standards", StringComparison.Ordinal))
                    && !href.EndsWith("/endorse", StringComparison.Ordinal) && !href.EndsWith(".docx", StringComparison.Ordinal) && seen.Add(href))
                {
                    toVisit.Enqueue(href);
                }
            }
        }
        foreach (var expected in new[] { $"/standards/{scenario.Document.Slug}/v1/report", $"/standards/{scenario.Document.Slug}/v1", $"/api/standards/{scenario.Document.Slug}",
            $"/standards/{scenario.French.Slug}", $"/standards/{scenario.Document.Slug}/compare?from=1&to=2" })
        {
            Assert.True(reached.Contains(expected), $"The crawl never reached {expected}; it reached {string.Join(", ", reached)}");
        }
    }

    [Fact]
    public async Task The_json_api_and_the_atom_feed_list_published_versions_only_and_openapi_describes_the_api()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        using var visitor = new Browser(app);
        var list = JsonDocument.Parse((await visitor.GetAsync("/api/standards")).Html).RootElement;
        var item = list.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == scenario.Document.Slug);
        Assert.Equal(2, item.GetProperty("version").GetInt32());
        Assert.True(item.GetProperty("isFinal").GetBoolean(), "Version 2 was declared final.");
        Assert.DoesNotContain(list.EnumerateArray(), i => i.GetProperty("slug").GetString() == scenario.Draft.Slug);

        var detail = JsonDocument.Parse((await visitor.GetAsync($"/api/standards/{scenario.Document.Slug}")).Html).RootElement;
        var paragraph = detail.GetProperty("sections")[0].GetProperty("paragraphs")[0];
        Assert.Equal("1.1", paragraph.GetProperty("number").GetString());
        Assert.EndsWith($"/standards/{scenario.Document.Slug}/v2#p1.1", paragraph.GetProperty("url").GetString());
        Assert.Equal([scenario.ConfirmedOrganisation], detail.GetProperty("endorsements").EnumerateArray().Select(e => e.GetProperty("organisation").GetString()));
        var first = JsonDocument.Parse((await visitor.GetAsync($"/api/standards/{scenario.Document.Slug}?version=1")).Html).RootElement;
        Assert.Equal(1, first.GetProperty("version").GetInt32());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse((await visitor.GetAsync("/practices/feed.atom")).Html);
        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Contains(links, l => l.EndsWith($"/standards/{scenario.Document.Slug}/v2", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.Contains(scenario.Draft.Slug, StringComparison.Ordinal));

        var openApi = JsonDocument.Parse((await visitor.GetAsync("/openapi/v1.json")).Html).RootElement;
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/standards", paths);
        Assert.Contains("/api/standards/{slug}", paths);
    }

    [Fact]
    public async Task A_public_page_is_cached_compressed_once_per_encoding_and_served_plain_to_a_client_that_asks_for_no_encoding()
    {
        var scenario = await StandardSetup.CreateAsync(app);
        using var visitor = new Browser(app);
        async Task<HttpResponseMessage> GetAsync(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/standards/{scenario.Document.Slug}/v1");
            if (encoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }
            return await visitor.Client.SendAsync(request);
        }
        using var first = await GetAsync("br");
        using var second = await GetAsync("br");
        Assert.Equal(["br"], second.Content.Headers.ContentEncoding);
        Assert.True(second.Headers.Contains("Age"), "The second compressed request should come from the output cache.");
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        using var plain = await GetAsync(null);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains(scenario.Document.Title, await plain.Content.ReadAsStringAsync());
        using var gzip = await GetAsync("gzip");
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
    }

    [GeneratedRegex("<script type=\"application/ld(?:\\+|&#x2B;)json\"[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<dt class=\"col-sm-6\">([^<]*)</dt><dd class=\"col-sm-6\"[^>]*>([^<]*)</dd>")]
    private static partial Regex Figures();

    [GeneratedRegex("href=\"([^\"#]+)\"")]
    private static partial Regex Links();
}
