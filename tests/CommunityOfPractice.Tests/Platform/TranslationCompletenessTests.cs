using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CommunityOfPractice.Tests.Platform;

/// <summary>
/// Every UI text is written in English in the code (it is its own resource key); this checks that each
/// one has a French and a Spanish translation, so no page falls back to English unnoticed.
/// </summary>
public sealed partial class TranslationCompletenessTests
{
    private static readonly string Root = FindRoot();

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_text_used_in_the_code_has_a_translation(string language)
    {
        var translations = Translations(language);
        var missing = UsedKeys().Where(k => !translations.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} texts lack a '{language}' translation:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// The resource compiler treats names without regard to case and drops the second of "Draft" and "draft" with only a
    /// build warning, so the dropped text shows in English. Two keys differing only in case are refused here.
    /// </summary>
    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void No_two_texts_differ_only_in_case(string language)
    {
        var path = Path.Combine(Root, "src", "CommunityOfPractice.Web", "Resources", $"SharedResource.{language}.resx");
        var clashes = XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, $"{clashes.Count} texts differ only in case, and the build drops one of each:\n" + string.Join("\n", clashes));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Translations_keep_the_placeholders_of_their_English_text(string language)
    {
        var wrong = Translations(language)
            .Where(t => Placeholders().Matches(t.Key).Select(m => m.Value).Order().SequenceEqual(Placeholders().Matches(t.Value).Select(m => m.Value).Order()) is false)
            .Select(t => $"{t.Key} => {t.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// The words of the exported syntheses live in the core (SynthesisText.resx, named keys, English as the neutral
    /// file): a key missing in French or Spanish would print English in the middle of a French document.
    /// </summary>
    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_word_of_an_exported_synthesis_has_its_translation_with_the_same_placeholders(string language)
    {
        var english = SynthesisTexts("");
        var translated = SynthesisTexts("." + language);

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        var wrong = english.Where(e => !Placeholders().Matches(e.Value).Select(m => m.Value).Order().SequenceEqual(Placeholders().Matches(translated[e.Key]).Select(m => m.Value).Order()))
            .Select(e => $"{e.Key}: {e.Value} => {translated[e.Key]}")
            .ToList();
        Assert.True(wrong.Count == 0, "These translations do not keep their English text's placeholders:\n" + string.Join("\n", wrong));
        Assert.True(translated.Values.All(v => v.Trim().Length > 0), $"Every '{language}' text of a synthesis has words.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_label_a_synthesis_can_print_resolves_in_each_language(string language)
    {
        var text = CommunityOfPractice.Features.Syntheses.SynthesisText.For(language);
        var labels = typeof(CommunityOfPractice.Features.Syntheses.SynthesisText).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.GetIndexParameters().Length == 0)
            .Select(p => (string)p.GetValue(text)!)
            .Concat(Enum.GetValues<CommunityOfPractice.Features.Syntheses.SynthesisSection>().Select(text.Section))
            .Concat(Enum.GetValues<CommunityOfPractice.Features.Membership.StakeholderCategory>().Select(text.Category))
            .Concat(Enum.GetValues<CommunityOfPractice.Features.Geography.WhoRegion>().Select(text.Region))
            .Concat(Enum.GetValues<CommunityOfPractice.Features.Membership.StakeholderCategory>()
                .SelectMany(c => Enum.GetValues<CommunityOfPractice.Features.Membership.NcdAreas>().Select(a => text.Anonymised(c, a, CommunityOfPractice.Features.Geography.WhoRegion.Africa))))
            .ToList();

        Assert.True(labels.Count > 80, $"The scan should read every label of a synthesis, but read {labels.Count}.");
        Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label), $"A '{language}' label of a synthesis is empty."));
    }

    private static Dictionary<string, string> SynthesisTexts(string suffix) =>
        XDocument.Load(Path.Combine(Root, "src", "CommunityOfPractice", "Features", "Syntheses", $"SynthesisText{suffix}.resx")).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static Dictionary<string, string> Translations(string language)
    {
        var path = Path.Combine(Root, "src", "CommunityOfPractice.Web", "Resources", $"SharedResource.{language}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("Migrations", StringComparison.Ordinal)
                && !f.Contains("Geography", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match match in LocalizerCalls().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups["key"].Value));
            }
            foreach (Match match in MessageLiterals().Matches(text))
            {
                keys.Add(Regex.Unescape(match.Groups["key"].Value));
            }
        }
        return keys;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommunityOfPractice.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    // L["..."] in components and L["...", args] in code.
    [GeneratedRegex("""\bL\["(?<key>(?:[^"\\]|\\.)+)"[\],]""")]
    private static partial Regex LocalizerCalls();

    // Messages the core hands to the UI: FieldError(field, "..."), CommandResult.Failed(field, "..."), Refused("..."), LocalizedText("...").
    [GeneratedRegex("""(?:new\s*(?:FieldError\s*)?\(\s*(?:nameof\([^)]*\)|"[^"]*"|field)\s*,\s*|Failed\(\s*(?:nameof\([^)]*\)|"[^"]*"|field)\s*,\s*(?:[^"]*\?\s*)?|LocalizedText\(\s*|Refused\(\s*|new\(\s*)"(?<key>(?:[^"\\]|\\.)+)"(?=\s*[,)])""")]
    private static partial Regex MessageLiterals();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholders();
}
