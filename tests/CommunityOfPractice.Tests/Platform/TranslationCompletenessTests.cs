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
