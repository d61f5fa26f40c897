using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>A footnote quotes a post's words, not its Markdown.</summary>
public sealed class CitationExcerptTests
{
    [Theory]
    [InlineData("Navigators came **before** the clinic, and it was *meaningful*.", "Navigators came before the clinic, and it was meaningful.")]
    [InlineData("# Our council\n\n> Seats for people living with NCDs.\n\n- budgets\n- _training_", "Our council Seats for people living with NCDs. budgets training")]
    [InlineData("See [the report](https://example.org/report) and `code`.", "See the report and code.")]
    [InlineData("Hello <b onmouseover=\"alert(1)\">world</b>", "Hello world")]
    public void A_footnote_quotes_the_words_without_their_markdown(string markdown, string expected)
    {
        Assert.Equal(expected, Citations.Excerpt(markdown, Citations.FootnoteQuoteLength));
    }

    [Fact]
    public void A_long_post_is_cut_at_a_word_boundary()
    {
        var excerpt = Citations.Excerpt(string.Join(' ', Enumerable.Repeat("**participation**", 100)), 40);

        Assert.Equal("participation participation…", excerpt);
    }
}
