using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Tests.Standards;

public sealed class StandardOutlineTests
{
    [Fact]
    public void Headings_open_sections_and_blocks_between_blank_lines_are_paragraphs()
    {
        var outline = StandardOutline.Parse("""
            Before any heading.

            # Principles

            First paragraph
            on two lines.

            - a list item

            - another item of the same list

            > A quote
            > on two lines.

            ## Scope

            ### A deeper heading

            ---

            Last one.
            """);

        Assert.Equal([0, 1, 2], outline.Select(s => s.Level));
        Assert.Equal(["", "Principles", "Scope"], outline.Select(s => s.Heading));
        Assert.Equal(["Before any heading."], outline[0].Paragraphs);
        Assert.Equal(3, outline[1].Paragraphs.Count);
        Assert.StartsWith("- a list item", outline[1].Paragraphs[1]);
        Assert.Contains("another item", outline[1].Paragraphs[1]);
        Assert.StartsWith("> A quote", outline[1].Paragraphs[2]);
        Assert.Equal(["### A deeper heading", "Last one."], outline[2].Paragraphs);
    }

    [Fact]
    public void Words_are_counted_as_runs_between_spaces() =>
        Assert.Equal(5, StandardOutline.CountWords("  One two,\nthree\t four  five "));
}
