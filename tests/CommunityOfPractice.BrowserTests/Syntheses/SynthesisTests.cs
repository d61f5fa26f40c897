using System.Globalization;
using System.Text.RegularExpressions;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Syntheses;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Syntheses;

[Collection(BrowserCollection.Name)]
public sealed class SynthesisTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private static string Nairobi(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi")).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_coordinator_builds_a_synthesis_a_participant_comments_and_the_coordinator_finalises_and_downloads_it_as_word()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(App);
        var coordinator = await SynthesisSetup.CoordinatorAsync(App);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, coordinator);

        await page.GotoAsync("/syntheses");
        await page.GetByLabel("Debate").SelectOptionAsync(debate.Id.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the synthesis" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Synthesis:");
        var builderUrl = page.Url;
        await Assertions.Expect(page.GetByTestId($"highlight-{debate.NamedPost}")).ToContainTextAsync(SynthesisSetup.NamedQuote);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("#section-Summary").FillAsync($"Navigators were the clearest success {Citations.Of(debate.NamedPost)}.");
        await page.Locator("#section-Gaps").FillAsync("Travel costs were not discussed.");
        // Written for a French-speaking network: the coordinator's pages stay English, the synthesis is French.
        await page.GetByLabel("Language of the synthesis").SelectOptionAsync("fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The draft is saved." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync(SynthesisSetup.NamedQuote);
        await Assertions.Expect(page.GetByTestId("preview")).ToHaveAttributeAsync("lang", "fr");
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync("Lacunes identifiées");
        await Assertions.Expect(page.GetByLabel("Language of the synthesis")).ToHaveValueAsync("fr");

        var now = DateTimeOffset.UtcNow;
        await page.GetByLabel("Opens").FillAsync(Nairobi(now.AddMinutes(-1)));
        await page.GetByLabel("Closes").FillAsync(Nairobi(now.AddDays(2)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Open it to the participants" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("member-check-state")).ToContainTextAsync("Open to the participants until");

        var participant = await fixture.NewPageAsync();
        await SignIn.AsAsync(participant, debate.Named);
        await participant.GotoAsync(builderUrl + "/review");
        await Assertions.Expect(participant.GetByTestId("draft")).ToContainTextAsync("Travel costs were not discussed.");
        await Accessibility.AssertNoViolationsAsync(participant);
        await participant.GetByLabel("Section").SelectOptionAsync("Gaps");
        await participant.GetByLabel("Your comment").FillAsync("Add the cost of reaching the clinic.");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Send my comment" }).ClickAsync();
        await Assertions.Expect(participant.GetByTestId("commented")).ToBeVisibleAsync();
        await participant.GetByRole(AriaRole.Button, new() { Name = "I endorse this draft" }).ClickAsync();
        await Assertions.Expect(participant.GetByTestId("endorsed")).ToBeVisibleAsync();
        await participant.Context.CloseAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("comments-Gaps")).ToContainTextAsync("Add the cost of reaching the clinic.");
        await Assertions.Expect(page.GetByTestId("endorsements")).ToContainTextAsync("1 of 2 participants endorse this draft.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Finalise version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finalised")).ToContainTextAsync("Version 1 is finalised.");

        // The export runs as a background job; its progress and its link arrive live.
        var word = page.GetByTestId("export-1-docx");
        await Assertions.Expect(word).ToBeEnabledAsync();
        await word.ClickAsync();
        var done = page.GetByTestId("exports").Locator("li[data-status=Done]");
        await Assertions.Expect(done).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => done.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download") }).ClickAsync());
        Assert.Matches(@"^synthesis-\d+-v1\.docx$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".docx");
        await download.SaveAsAsync(path);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Contains("Travel costs were not discussed.", document.MainDocumentPart!.Document!.Body!.InnerText);
            Assert.Equal("fr", document.PackageProperties.Language);
            Assert.Contains("Lacunes identifiées", document.MainDocumentPart.Document.Body.InnerText);
        }
        File.Delete(path);
        await page.Context.CloseAsync();
    }

    /// <summary>The HTML export, printed from Chromium as a reader would ("Save as PDF"), fills A4 pages and cuts nothing.</summary>
    [Fact]
    public async Task The_html_export_prints_to_clean_a4_pages()
    {
        var now = new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
        var longAddress = "https://example.org/" + new string('a', 300);
        var rows = Enumerable.Range(1, 60).Select(i => new FigureRow($"c{i}", $"Country {i}", i, i * 2)).ToList();
        var document = new SynthesisDocument(7, 2, now, now, "Synthesis of the November debate",
            new DebateDetails(1, "Seats at the table", $"Three days on councils. See {longAddress}", now.AddDays(-3), now),
            new WebinarDetails("Budgets and seats", now.AddDays(-4), longAddress),
            ["Who sits on the council?"],
            new ParticipationFigures(60, 120, 40, 33.3, rows.Take(5).ToList(), rows.Take(6).ToList(), rows, rows.Take(3).ToList()),
            [new QuestionHighlights("Who sits on the council?", Enumerable.Range(1, 12).Select(i => new Quote(i, $"Quote {i}: we asked for two seats and a budget line. {longAddress}", "Amina W.")).ToList(), 0)],
            [new SectionText(SynthesisSection.Summary, "Summary", $"Seats were asked for[^1]. {new string('x', 500)}")],
            [new Footnote(1, 1, "We asked for two seats.", "Amina W.")]);
        var markdown = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<CommunityOfPractice.Features.Content.MarkdownRenderer>(App.Services);
        var page = await fixture.NewPageAsync();
        await page.SetContentAsync(CommunityOfPractice.Features.Syntheses.Formats.HtmlExport.Write(document, markdown, "Global Coordinating Mechanism"));

        // The printable width of A4 with the page's margins: 210 mm less 2 × 18 mm, at 96 pixels an inch.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync((int)(174 / 25.4 * 96), 1000);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The printed page is {overflow} px wider than A4's printable width: something long does not wrap.");
        var caption = await page.Locator("caption").First.BoundingBoxAsync();
        Assert.True(caption is { Height: <= 1 }, $"A table's caption is for screen readers only, but takes {caption?.Height} px on the page.");

        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var boxes = Regex.Matches(pdf, @"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]");
        Assert.NotEmpty(boxes);
        foreach (Match box in boxes)
        {
            // A4 is 595 × 842 points.
            Assert.InRange(double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), 593, 597);
            Assert.InRange(double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), 840, 844);
        }
        Assert.True(boxes.Count >= 2, $"Sixty table rows and twelve quotes should take more than one page, not {boxes.Count}.");
        await page.Context.CloseAsync();
    }
}
