using CommunityOfPractice.Features.Content;

namespace CommunityOfPractice.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("![x](javascript:alert(1))")]
    public void Hostile_markdown_renders_without_anything_executable(string hostile)
    {
        var html = renderer.ToSafeHtml(hostile);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "svg" or "iframe" or "object" or "embed" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style" || a.Name == "src");
        Assert.All(elements.Where(e => e.HasAttribute("href")), a =>
            Assert.Matches("^(https?:|mailto:)", a.GetAttribute("href")!));
    }

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Content", "hostile-markdown.txt")))
        {
            data.Add(line.Replace("\\n", "\n", StringComparison.Ordinal));
        }
        return data;
    }

    [Fact]
    public void The_hostile_corpus_has_at_least_50_inputs() =>
        Assert.True(Corpus().Count >= 50, $"The hostile corpus should hold at least 50 inputs, but holds {Corpus().Count}.");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_input_of_the_hostile_corpus_renders_without_anything_executable(string hostile) =>
        Hostile_markdown_renders_without_anything_executable(hostile);

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting_and_safe_links()
    {
        var html = renderer.ToSafeHtml("**Bold** and [a link](https://example.org) and <mailto:a@example.org>");
        Assert.Contains("<strong>Bold</strong>", html);
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer ugc\"", html);
        Assert.Contains("mailto:a@example.org", html);
    }

    [Fact]
    public void Empty_text_renders_nothing() => Assert.Equal("", renderer.ToSafeHtml("  "));
}
