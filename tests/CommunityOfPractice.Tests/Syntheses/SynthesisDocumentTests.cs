using System.Text;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Syntheses;

public sealed class SynthesisDocumentTests(KnownDebate debate) : IClassFixture<KnownDebate>
{
    [Fact]
    public async Task Figures_count_published_member_posts_by_category_region_country_and_day()
    {
        var figures = (await debate.DocumentAsync()).Figures;

        Assert.Equal(4, figures.Participants);
        Assert.Equal(7, figures.Posts);
        Assert.Equal(3, figures.PostsFromPeopleLivingWithNcds);
        Assert.Equal(42.9, figures.PercentFromPeopleLivingWithNcds);
        Assert.Equal([("People living with NCDs", 2, 3), ("Family members and caregivers", 1, 2), ("Government and public sector", 1, 2)],
            figures.ByCategory.Select(r => (r.Label, r.Participants, r.Posts)));
        Assert.Equal([("Americas", 1, 2), ("Europe", 1, 2), ("Unknown", 1, 2), ("Africa", 1, 1)], figures.ByRegion.Select(r => (r.Label, r.Participants, r.Posts)));
        Assert.Equal(["FR", "MX", "", "KE"], figures.ByCountry.Select(r => r.Key));
        Assert.Equal([("2026-03-02", 2, 2), ("2026-03-03", 3, 5)], figures.ByDay.Select(r => (r.Key, r.Participants, r.Posts)));
    }

    [Fact]
    public async Task Highlights_are_grouped_by_question_and_quoted_only_as_their_authors_agreed()
    {
        var document = await debate.DocumentAsync();

        Assert.Equal(["What worked?", "What stood in the way?", SynthesisText.English.OtherContributions], document.Highlights.Select(h => h.Question));
        var worked = document.Highlights[0];
        Assert.Equal(["Amina", "a family member or caregiver, Europe region"], worked.Quotes.Select(q => q.Attribution));
        Assert.Equal(0, worked.NotQuoted);
        Assert.Empty(document.Highlights[1].Quotes);
        Assert.Equal(1, document.Highlights[1].NotQuoted);
        Assert.Equal(1, document.Highlights[2].NotQuoted);
        Assert.Equal("Context-setting webinar", document.Webinar!.Title);
        Assert.Equal("https://video.example.org/recording", document.Webinar.RecordingUrl);
    }

    [Fact]
    public async Task Citations_become_numbered_footnotes_and_a_do_not_quote_post_is_cited_without_its_words()
    {
        var document = await debate.DocumentAsync();

        Assert.Equal("Navigators helped [^1]. Some stories stay private [^2], and caregivers [^3] agree with [^1].", document.Sections[0].Markdown);
        Assert.Equal([debate.Posts["amina"], debate.Posts["carla"], debate.Posts["bruno-reply"], debate.Posts["erin"]], document.Footnotes.Select(f => f.PostId));
        Assert.Equal("“Peer navigators halved missed appointments.” (Amina)", document.Footnotes[0].Text);
        Assert.Null(document.Footnotes[1].Quote);
        Assert.Null(document.Footnotes[3].Quote);
        Assert.Contains("asked not to be quoted", document.Footnotes[1].Text);
    }

    [Theory]
    [InlineData("dev-hidden", "Post #{0} cannot be cited: it was hidden or withdrawn.")]
    [InlineData("amina-withdrawn", "Post #{0} cannot be cited: it was hidden or withdrawn.")]
    [InlineData("dev-held", "Post #{0} cannot be cited: it still waits for a moderator.")]
    public async Task A_post_that_is_not_published_cannot_be_cited(string key, string message)
    {
        using var scope = debate.Scope();
        var composer = scope.ServiceProvider.GetRequiredService<SynthesisComposer>();
        var sections = new Dictionary<SynthesisSection, string> { [SynthesisSection.Gaps] = $"As said {Citations.Of(debate.Posts[key])}." };

        var (document, errors) = await composer.ComposeAsync(debate.Synthesis, sections, 1);

        Assert.Null(document);
        var error = Assert.Single(errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(nameof(SynthesisSection.Gaps), error.Field);
        Assert.Equal(debate.Posts[key], error.Arguments[0]);
    }

    [Fact]
    public async Task A_post_of_another_debate_or_none_cannot_be_cited()
    {
        using var scope = debate.Scope();
        var (document, errors) = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>()
            .ComposeAsync(debate.Synthesis, new Dictionary<SynthesisSection, string> { [SynthesisSection.Summary] = "See [post:987654]." }, 1);

        Assert.Null(document);
        Assert.Equal("Post #{0} is not a post of this debate.", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task No_export_format_ever_contains_the_words_of_a_post_its_author_asked_not_to_quote_or_that_is_not_published()
    {
        var document = await debate.DocumentAsync();
        foreach (var format in SynthesisFormats.All)
        {
            var text = await ExportTextAsync(document, format);
            foreach (var secret in KnownDebate.Secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
            // The checks above would pass on an empty file: each format carries what may be said.
            if (format != ExportFormat.Csv)
            {
                Assert.Contains("Peer navigators halved missed appointments.", text);
                Assert.Contains("a family member or caregiver, Europe region", text);
            }
        }
    }

    [Fact]
    public async Task The_posts_csv_keeps_metadata_of_unquotable_posts_and_defuses_formulas()
    {
        var csv = await ExportTextAsync(await debate.DocumentAsync(), ExportFormat.Csv);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', PostsCsv.Columns), lines[0]);
        Assert.Equal(1 + debate.Posts.Count, lines.Length);
        var carla = lines.Single(l => l.StartsWith($"{debate.Posts["carla"]},", StringComparison.Ordinal));
        // Each post's guiding question by the number the debate shows it with (the first is 1), a reply without one.
        Assert.StartsWith($"{debate.Posts["amina"]},,1,", lines.Single(l => l.StartsWith($"{debate.Posts["amina"]},", StringComparison.Ordinal)));
        Assert.StartsWith($"{debate.Posts["bruno-reply"]},{debate.Posts["amina"]},,", lines.Single(l => l.StartsWith($"{debate.Posts["bruno-reply"]},", StringComparison.Ordinal)));
        Assert.StartsWith($"{debate.Posts["carla"]},,2,", carla);
        // Carla asked not to be quoted: her post keeps its place, but not her group or region either.
        Assert.EndsWith(",Published,,,DoNotQuote,,", carla);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
    }

    [Fact]
    public async Task Every_format_writes_asynchronously_as_a_response_body_requires_even_for_a_large_debate()
    {
        var document = await debate.DocumentAsync();
        var many = Enumerable.Range(1, 3_000).Select(i => new DebateContribution(i, null, null, CommunityOfPractice.Features.Debates.PostKind.Member,
            CommunityOfPractice.Features.Debates.PostStatus.Published, CommunityOfPractice.Features.Membership.QuotingConsent.QuoteAnonymously, false, KnownDebate.Opens,
            $"Post {i}: " + new string('x', 200), "author", "Author", CommunityOfPractice.Features.Membership.StakeholderCategory.Other,
            CommunityOfPractice.Features.Membership.NcdAreas.None, "KE", false)).ToList();
        foreach (var format in SynthesisFormats.All)
        {
            await using var body = new AsynchronousOnlyStream();
            await SynthesisFormats.WriteAsync(format, document, new DebatePosts(many, new Dictionary<int, int>()), new MarkdownRenderer(), body);
            Assert.True(body.Length > (format == ExportFormat.Csv ? 600_000 : 1_000), $"{format}: {body.Length} bytes");
        }
    }

    /// <summary>Like Kestrel's response body: synchronous writes throw.</summary>
    private sealed class AsynchronousOnlyStream : Stream
    {
        private readonly MemoryStream written = new();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => written.Length;
        public override long Position { get => written.Position; set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            written.Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task The_word_export_is_valid_open_xml_with_headings_tables_and_footnotes()
    {
        var document = await debate.DocumentAsync();
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Docx, document, null, new MarkdownRenderer(), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var headings = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["The debate", "Guiding questions", "Participation", "Highlighted contributions", "Summary", "Points of agreement", "Points of disagreement", "Gaps identified", "Recommendations"], headings);
        Assert.Equal(4, word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());
        // Five citations, one post cited twice: each reference has a note of its own, with text (LibreOffice showed a
        // second reference to one note as a numbered mark with an empty note).
        var notes = word.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
            .Where(f => f.Id!.Value > 0).ToDictionary(f => f.Id!.Value, f => f.InnerText.Trim());
        var references = word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>().Select(r => r.Id!.Value).ToList();
        Assert.Equal(5, references.Count);
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(references, id => Assert.False(string.IsNullOrWhiteSpace(notes.GetValueOrDefault(id)), $"footnote {id} has no text"));
        Assert.Equal(2, notes.Values.Count(text => text == document.Footnotes[0].Text));
        // No table row splits across pages, and every row keeps with the next, so a short table stays with its heading.
        foreach (var table in word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>())
        {
            var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
            Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.CantSplit>()));
            Assert.All(rows.SkipLast(1).SelectMany(row => row.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()),
                paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepNext));
        }
        // A highlighted quote keeps with its attribution: no "— Amina" alone at the top of a page.
        var quoted = word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.NextSibling<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()?.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Attribution").ToList();
        Assert.Equal(2, quoted.Count);
        Assert.All(quoted, paragraph => Assert.NotNull(paragraph.ParagraphProperties?.KeepNext));
        Assert.Equal(document.Title, word.PackageProperties.Title);
        Assert.Equal("en", word.PackageProperties.Language);
        // A cover (publisher, title, version), then the contents: an entry per heading of levels 1 and 2, whose page
        // number is a PAGEREF to a bookmark on that heading (LibreOffice works it out, Word updates it on opening).
        var paragraphs = word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["Community of Practice", document.Title, SynthesisFormats.Status(document, SynthesisText.English), "Contents"], paragraphs.Take(4));
        var bookmarked = word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.BookmarkStart>()
            .ToDictionary(b => b.Name!.Value!, b => b.Parent!.InnerText);
        var entries = word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "TOC1" or "TOC2").ToList();
        Assert.Equal(headings, entries.Where(e => e.ParagraphProperties!.ParagraphStyleId!.Val!.Value == "TOC1").Select(e => e.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First().Text));
        Assert.All(entries, entry =>
        {
            var code = entry.Descendants<DocumentFormat.OpenXml.Wordprocessing.FieldCode>().Single().Text.Trim().Split(' ');
            Assert.Equal("PAGEREF", code[0]);
            Assert.Equal(entry.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().First().Text, bookmarked[code[1]]);
            Assert.Equal(code[1], entry.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>().Single().Anchor?.Value);
        });
        Assert.True(word.MainDocumentPart.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.UpdateFieldsOnOpen>()?.Val?.Value, "the fields are updated when the file is opened");
        var footer = Assert.Single(word.MainDocumentPart.FooterParts);
        Assert.Contains(footer.Footer!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>(), field => field.Instruction!.Value!.Trim() == "PAGE");
        Assert.Equal("Community of Practice", word.PackageProperties.Creator);
    }

    [Fact]
    public async Task A_debate_without_posts_still_builds_with_empty_sections_and_zero_figures()
    {
        using var scope = debate.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Data.CommunityDbContext>();
        var empty = new CommunityOfPractice.Features.Debates.Debate
        {
            Title = "Quiet debate", OpensAt = KnownDebate.Opens, ClosesAt = KnownDebate.Opens.AddDays(1), IsPublished = true,
            CreatedById = debate.Synthesis.CreatedById, CreatedAt = KnownDebate.Opens,
        };
        db.Debates.Add(empty);
        await db.SaveChangesAsync();
        var synthesis = new Synthesis { Id = 0, DebateId = empty.Id };

        var (document, errors) = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>().ComposeAsync(synthesis, SynthesisComposer.SectionsOf(synthesis), 1);

        Assert.Empty(errors);
        Assert.Equal(0, document!.Figures.Posts);
        Assert.Equal(0, document.Figures.PercentFromPeopleLivingWithNcds);
        Assert.Empty(document.Highlights);
        Assert.All(document.Sections, s => Assert.Equal("", s.Markdown));
        foreach (var format in SynthesisFormats.All)
        {
            Assert.Contains(format == ExportFormat.Csv ? "post_id" : "Quiet debate", await ExportTextAsync(document, format));
        }
    }

    private async Task<string> ExportTextAsync(SynthesisDocument document, ExportFormat format)
    {
        using var scope = debate.Scope();
        DebatePosts? posts = null;
        if (format == ExportFormat.Csv)
        {
            posts = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>().PostsAsync(document.Debate.Id);
        }
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(format, document, posts, scope.ServiceProvider.GetRequiredService<MarkdownRenderer>(), stream);
        if (format != ExportFormat.Docx)
        {
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        // Every part of the package: body, footnotes, styles, properties.
        var text = new StringBuilder(word.PackageProperties.Title);
        foreach (var part in word.MainDocumentPart!.Parts.Select(p => p.OpenXmlPart).Append(word.MainDocumentPart))
        {
            using var reader = new StreamReader(part.GetStream());
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }
}
