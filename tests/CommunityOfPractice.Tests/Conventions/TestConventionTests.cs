namespace CommunityOfPractice.Tests.Conventions;

/// <summary>
/// Conventions the test projects keep, read from their source. A bare Assert.True or Assert.False fails in CI with
/// "Assert.True() Failure" and nothing else; with a message saying what was expected, the failure reads as a sentence.
/// </summary>
public sealed class TestConventionTests
{
    private static readonly string[] TestProjects =
        ["CommunityOfPractice.Tests", "CommunityOfPractice.IntegrationTests", "CommunityOfPractice.BrowserTests", "CommunityOfPractice.Testing"];

    [Fact]
    public void Every_true_or_false_assertion_says_what_it_expected()
    {
        var root = FindRoot();
        var bare = new List<string>();
        var calls = 0;
        foreach (var project in TestProjects)
        {
            var folder = Path.Combine(root, "tests", project);
            var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(Path.GetRelativePath(folder, f)))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var call in TrueOrFalseCalls(File.ReadAllText(file)))
                {
                    calls++;
                    if (call.Arguments == 1)
                    {
                        bare.Add($"{Path.GetRelativePath(root, file)}:{call.Line}");
                    }
                }
            }
        }
        Assert.True(calls > 0, $"The scan should find Assert.True and Assert.False calls under {Path.Combine(root, "tests")}, but found none.");
        Assert.True(bare.Count == 0,
            $"{bare.Count} Assert.True/Assert.False calls have no message saying what they expected; give each one as its second argument:\n"
            + string.Join("\n", bare));
    }

    [Theory]
    [InlineData("Assert.True(ok);", 1)]
    [InlineData("Assert.False(ok, \"It should not be.\");", 2)]
    [InlineData("Assert.True(Check(\"a, b\", 'x'));", 1)]
    [InlineData("Assert.True(Check(','), \")\");", 2)]
    [InlineData("Assert.True(s == \"(\\\",\" && c == ')');", 1)]
    [InlineData("Assert.True(s == @\"a \"\", ( b\");", 1)]
    [InlineData("Assert.True(s == $\"{a}, {F(b, \"c,\")} {{,}}\");", 1)]
    [InlineData("Assert.True(x, $@\"{a} \"\" , {b:O}\");", 2)]
    [InlineData("Assert.True(s == \"\"\"\n  a \" , ( \"\"\n  \"\"\");", 1)]
    [InlineData("Assert.True(list.All(x => x is { A: 1, B: 2 }) && M(1, 2)[0]);", 1)]
    [InlineData("Assert.True(\n    ok,\n    \"A message.\");", 2)]
    [InlineData("Assert.True(ok /* , no message */); // Assert.False(x, y)", 1)]
    public void The_scanner_counts_the_top_level_arguments_of_a_call(string source, int arguments) =>
        Assert.Equal(arguments, Assert.Single(TrueOrFalseCalls(source)).Arguments);

    [Theory]
    [InlineData("// Assert.True(ok);")]
    [InlineData("/* Assert.True(ok); */")]
    [InlineData("var s = \"Assert.True(ok)\";")]
    [InlineData("MyAssert.True(ok); Assert.Equal(1, 1);")]
    public void The_scanner_ignores_calls_in_comments_and_strings_and_other_methods(string source) =>
        Assert.Empty(TrueOrFalseCalls(source));

    [Fact]
    public void The_scanner_reports_the_line_where_the_call_starts()
    {
        var calls = TrueOrFalseCalls("var s = @\"one\ntwo\";\nAssert.True(\n    ok);\n  Assert.False(no, @\"\n\");\nAssert.True(x);");
        Assert.Equal([(3, 1), (5, 2), (7, 1)], calls.Select(c => (c.Line, c.Arguments)));
    }

    private static readonly string[] Names = ["Assert.True", "Assert.False"];

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0] is "bin" or "obj";

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

    /// <summary>
    /// Each Assert.True/Assert.False call in C# source, with the line it starts on and the number of its arguments,
    /// counted as the commas outside any bracket, string, character literal or comment.
    /// </summary>
    internal static List<(int Line, int Arguments)> TrueOrFalseCalls(string source)
    {
        var calls = new List<(int Line, int Arguments)>();
        var i = 0;
        while (i < source.Length)
        {
            var skipped = SkipTrivia(source, i);
            if (skipped > i)
            {
                i = skipped;
                continue;
            }
            var name = NameAt(source, i);
            if (name is null)
            {
                i++;
                continue;
            }
            var open = i + name.Length;
            while (open < source.Length && char.IsWhiteSpace(source[open]))
            {
                open++;
            }
            if (open >= source.Length || source[open] != '(')
            {
                i = open;
                continue;
            }
            var (arguments, end) = CountArguments(source, open + 1);
            calls.Add((LineOf(source, i), arguments));
            i = end;
        }
        return calls;
    }

    private static string? NameAt(string source, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_'))
        {
            return null;
        }
        foreach (var name in Names)
        {
            if (string.CompareOrdinal(source, i, name, 0, name.Length) == 0
                && (i + name.Length == source.Length || !(char.IsLetterOrDigit(source[i + name.Length]) || source[i + name.Length] == '_')))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>From just after the opening parenthesis: the arguments at depth 0, and the index after the closing one.</summary>
    private static (int Arguments, int End) CountArguments(string source, int i)
    {
        var depth = 0;
        var commas = 0;
        var empty = true;
        while (i < source.Length)
        {
            var skipped = SkipTrivia(source, i);
            if (skipped > i)
            {
                empty &= IsComment(source, i);
                i = skipped;
                continue;
            }
            var c = source[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    return (empty ? 0 : commas + 1, i + 1);
                }
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                commas++;
            }
            empty &= char.IsWhiteSpace(c);
            i++;
        }
        return (empty ? 0 : commas + 1, i);
    }

    private static bool IsComment(string source, int i) =>
        i + 1 < source.Length && source[i] == '/' && source[i + 1] is '/' or '*';

    /// <summary>The index after the comment, string or character literal starting at <paramref name="i"/>, or <paramref name="i"/> when none does.</summary>
    private static int SkipTrivia(string source, int i)
    {
        if (source.AsSpan(i).StartsWith("//"))
        {
            var end = source.IndexOf('\n', i);
            return end < 0 ? source.Length : end;
        }
        if (source.AsSpan(i).StartsWith("/*"))
        {
            var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 2;
        }
        if (source[i] == '\'')
        {
            var j = i + 1;
            while (j < source.Length && source[j] != '\'' && source[j] != '\n')
            {
                j += source[j] == '\\' ? 2 : 1;
            }
            return Math.Min(j + 1, source.Length);
        }
        var start = i;
        var verbatim = false;
        var dollars = 0;
        while (i < source.Length && source[i] is '@' or '$')
        {
            verbatim |= source[i] == '@';
            dollars += source[i] == '$' ? 1 : 0;
            i++;
        }
        if (i >= source.Length || source[i] != '"')
        {
            return start;
        }
        if (source.AsSpan(i).StartsWith("\"\"\""))
        {
            // A raw string literal ends at the first run of as many quotes as opened it.
            var quotes = 0;
            while (i < source.Length && source[i] == '"')
            {
                quotes++;
                i++;
            }
            var end = source.IndexOf(new string('"', quotes), i, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + quotes;
        }
        return SkipQuoted(source, i + 1, verbatim, dollars > 0);
    }

    /// <summary>From just after the opening quote of a regular or verbatim string, possibly interpolated.</summary>
    private static int SkipQuoted(string source, int i, bool verbatim, bool interpolated)
    {
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < source.Length && source[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '\\' && !verbatim)
            {
                i += 2;
                continue;
            }
            if (interpolated && c == '{')
            {
                if (i + 1 < source.Length && source[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }
                i = SkipHole(source, i + 1);
                continue;
            }
            i++;
        }
        return i;
    }

    /// <summary>From just after the brace opening an interpolation hole: the index after the brace closing it.</summary>
    private static int SkipHole(string source, int i)
    {
        var depth = 0;
        while (i < source.Length)
        {
            var skipped = SkipTrivia(source, i);
            if (skipped > i)
            {
                i = skipped;
                continue;
            }
            var c = source[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                if (depth == 0)
                {
                    return i + 1;
                }
                depth--;
            }
            i++;
        }
        return i;
    }

    private static int LineOf(string source, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            line += source[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}
