using System.Globalization;
using System.Net;
using System.Text;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>A synthesis written in French or Spanish: every export's own words, dates and figures in that language.</summary>
public sealed class SynthesisLanguageTests(KnownDebate debate) : IClassFixture<KnownDebate>
{
    public static TheoryData<string, string[], string, string> Languages => new()
    {
        {
            "fr",
            ["Le débat", "Questions directrices", "Participation", "Contributions mises en avant", "Résumé", "Points d’accord", "Points de désaccord", "Lacunes identifiées", "Recommandations"],
            "du 2 mars 2026 à 00:00 UTC au 5 mars 2026 à 00:00 UTC",
            "Synthèse du débat\u00a0: Involving people living with NCDs in national plans"
        },
        {
            "es",
            ["El debate", "Preguntas orientadoras", "Participación", "Contribuciones destacadas", "Resumen", "Puntos de acuerdo", "Puntos de desacuerdo", "Lagunas detectadas", "Recomendaciones"],
            "del 2 de marzo de 2026, 00:00 UTC al 5 de marzo de 2026, 00:00 UTC",
            "Síntesis del debate: Involving people living with NCDs in national plans"
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_word_file_of_a_synthesis_is_in_its_language_and_still_valid(string language, string[] headings, string period, string title)
    {
        var document = await debate.DocumentAsync(language: language);
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Docx, document, null, new MarkdownRenderer(), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);

        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal(language, word.PackageProperties.Language);
        Assert.Equal(title, word.PackageProperties.Title);
        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<W.Languages>().Single();
        Assert.Equal(language, defaults.Val!.Value);
        var body = word.MainDocumentPart.Document!.Body!;
        Assert.Equal(headings, body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        var text = SynthesisText.For(language);
        Assert.Equal(text.VersionFinalised(1, document.FinalisedAt!.Value), paragraphs[2]);
        Assert.Contains(paragraphs, p => p.EndsWith(period, StringComparison.Ordinal));
        Assert.Equal(text.Contents, paragraphs[3]);
        var cells = body.Descendants<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains(language == "fr" ? "Personnes vivant avec des MNT" : "Personas que viven con ENT", cells);
        Assert.Contains(language == "fr" ? "Mexique" : "México", cells);
        Assert.Contains(text.PostsColumn, cells);
        var notes = word.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Where(f => f.Id!.Value > 0).Select(f => f.InnerText.Trim()).ToList();
        Assert.All(notes, note => Assert.False(string.IsNullOrWhiteSpace(note), "every footnote has text"));
        Assert.Contains(notes, note => note.Contains(text.NotQuotedFootnote, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs.Concat(cells).Concat(notes), p => p.Contains("Points of", StringComparison.Ordinal) || p.Contains("finalised on", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_html_page_declares_its_language_and_speaks_it(string language, string[] headings, string period, string title)
    {
        var document = await debate.DocumentAsync(language: language);

        var html = HtmlExport.Write(document, new MarkdownRenderer());

        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language}\">", html);
        var text = WebUtility.HtmlDecode(html);
        Assert.All(headings, heading => Assert.Contains($">{heading}</h2>", text));
        Assert.Contains(period, text);
        Assert.Contains($"<title>{title}</title>", text);
        Assert.Contains(language == "fr" ? "un membre de la famille ou un aidant, Région européenne" : "un familiar o cuidador, Región de Europa", text);
        Assert.Contains(language == "fr" ? "aria-label=\"Retour au texte\"" : "aria-label=\"Volver al texto\"", text);
        Assert.DoesNotContain(">The debate<", text);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_markdown_file_has_its_languages_headings_table_and_figures(string language, string[] headings, string period, string title)
    {
        var document = await debate.DocumentAsync(language: language);

        var markdown = MarkdownExport.Write(document);

        Assert.StartsWith($"# {title}\n", markdown.ReplaceLineEndings("\n"));
        Assert.All(headings, heading => Assert.Contains($"\n## {heading}\n", markdown.ReplaceLineEndings("\n")));
        Assert.Contains(period, markdown);
        Assert.Contains(language == "fr" ? "| Catégorie | Participants | Messages |" : "| Categoría | Participantes | Mensajes |", markdown);
        // 3 of 7 posts: 42.9 per cent, with the language's decimal comma.
        Assert.Contains(language == "fr" ? "(42,9\u00a0%)" : "(42,9 %)", markdown);
        Assert.Contains(language == "fr" ? "([enregistrement](<https://video.example.org/recording>))" : "([grabación](<https://video.example.org/recording>))", markdown);
    }

    [Fact]
    public async Task A_finalised_document_keeps_its_language_in_the_json_the_api_and_exports_read()
    {
        var document = await debate.DocumentAsync(language: "es");

        var json = System.Text.Json.JsonSerializer.Serialize(document, SynthesisComposer.Json);
        var read = System.Text.Json.JsonSerializer.Deserialize<SynthesisDocument>(json, SynthesisComposer.Json)!;

        Assert.Contains("\"language\": \"es\"", json);
        Assert.Equal("es", read.Language);
        // A version finalised before syntheses had a language has none in its JSON: it was written in English.
        var before = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        before.Remove("language");
        Assert.Equal("en", System.Text.Json.JsonSerializer.Deserialize<SynthesisDocument>(before.ToJsonString(), SynthesisComposer.Json)!.Language);
    }

    [Theory]
    [InlineData("en", 2026, 3, 12, "12 March 2026")]
    [InlineData("fr", 2026, 3, 12, "12 mars 2026")]
    [InlineData("es", 2026, 3, 12, "12 de marzo de 2026")]
    [InlineData("en", 2026, 3, 1, "1 March 2026")]
    [InlineData("fr", 2026, 3, 1, "1er mars 2026")]
    [InlineData("es", 2026, 3, 1, "1 de marzo de 2026")]
    public void Dates_are_written_as_each_language_writes_them(string language, int year, int month, int day, string expected) =>
        Assert.Equal(expected, SynthesisText.For(language).Date(new DateTimeOffset(year, month, day, 23, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Counts_and_shares_use_the_languages_separators()
    {
        var figures = new ParticipationFigures(1234, 5678, 2500, 44.5, [], [], [], []);

        Assert.Equal("1,234 participants wrote 5,678 posts; 2,500 of them (44.5%) came from people living with NCDs.", SynthesisText.English.Overview(figures));
        var french = SynthesisText.For("fr").Overview(figures);
        Assert.StartsWith($"{1234.ToString("N0", CultureInfo.GetCultureInfo("fr"))} participants ont écrit", french);
        Assert.Contains("(44,5\u00a0%)", french);
        Assert.Contains("personas que viven con ENT", SynthesisText.For("es").Overview(figures));
    }

    [Fact]
    public void The_english_exports_read_as_they_did_before_syntheses_had_a_language()
    {
        var document = EnglishSample.Document();

        Assert.Equal(Golden("english-sample.md"), MarkdownExport.Write(document));
        Assert.Equal(Golden("english-sample.html"), HtmlExport.Write(document, new MarkdownRenderer()));
    }

    [Fact]
    public async Task The_english_word_file_reads_as_it_did_before_syntheses_had_a_language_but_for_its_filled_in_contents()
    {
        using var stream = new MemoryStream();
        await SynthesisFormats.WriteAsync(ExportFormat.Docx, EnglishSample.Document(), null, new MarkdownRenderer(), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);

        var body = word.MainDocumentPart!.Document!.Body!;
        var lines = body.Elements<W.Paragraph>().Select(p => p.InnerText)
            .Concat(body.Descendants<W.TableCell>().Select(c => c.InnerText))
            .Concat(word.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<W.Footnote>().Select(f => f.InnerText));
        Assert.Equal(Golden("english-sample.docx.txt").ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'), lines);
        Assert.Equal("en", word.PackageProperties.Language);
    }

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Syntheses", name), Encoding.UTF8);
}
