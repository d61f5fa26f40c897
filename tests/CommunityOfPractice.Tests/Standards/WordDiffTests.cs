using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Tests.Standards;

public sealed class WordDiffTests
{
    [Fact]
    public void A_changed_word_is_one_deleted_and_one_inserted_run_between_unchanged_text()
    {
        var runs = WordDiff.Of("People take part in decisions.", "People lead decisions.");
        Assert.Equal(
            [(DiffRunKind.Unchanged, "People "), (DiffRunKind.Deleted, "take part in"), (DiffRunKind.Inserted, "lead"), (DiffRunKind.Unchanged, " decisions.")],
            runs.Select(r => (r.Kind, r.Text)));
    }

    [Fact]
    public void Changes_separated_only_by_spaces_read_as_one_change_and_still_give_back_both_texts()
    {
        var runs = WordDiff.Of("Meetings for the accessible people.", "Meetings of our accessible people.");
        Assert.Equal(
            [(DiffRunKind.Unchanged, "Meetings "), (DiffRunKind.Deleted, "for the"), (DiffRunKind.Inserted, "of our"), (DiffRunKind.Unchanged, " accessible people.")],
            runs.Select(r => (r.Kind, r.Text)));
        Assert.Equal("Meetings for the accessible people.", WordDiff.Before(runs));
        Assert.Equal("Meetings of our accessible people.", WordDiff.After(runs));
    }

    [Fact]
    public void The_runs_give_back_both_texts_exactly()
    {
        const string before = "Organisations pay people for their time, and expertise.\nAlways.";
        const string after = "Organisations fairly pay people for their time; travel and expertise.\nAlways!";
        var runs = WordDiff.Of(before, after);
        Assert.Equal(before, WordDiff.Before(runs));
        Assert.Equal(after, WordDiff.After(runs));
        Assert.Contains(runs, r => r.Kind == DiffRunKind.Inserted && r.Text.Contains("fairly", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_run() =>
        Assert.Equal([(DiffRunKind.Unchanged, "Same text.")], WordDiff.Of("Same text.", "Same text.").Select(r => (r.Kind, r.Text)));

    [Fact]
    public void Markup_is_kept_as_plain_text_for_the_page_to_encode() =>
        Assert.Contains(WordDiff.Of("Plain.", "Plain <script>x</script>."), r => r.Kind == DiffRunKind.Inserted && r.Text.Contains("<script>", StringComparison.Ordinal));

    [Fact]
    public void Two_versions_compare_paragraph_by_paragraph_by_key()
    {
        StandardParagraph P(string key, string number, int order, string text) => new() { Key = key, Number = number, Order = order, Markdown = text };
        var older = new[] { P("a", "1.1", 0, "Kept."), P("b", "1.2", 1, "Edited once."), P("c", "1.3", 2, "Removed."), P("d", "1.4", 3, "Moved.") };
        var newer = new[] { P("a", "1.1", 0, "Kept."), P("b", "1.2", 1, "Edited twice."), P("e", "1.2a", 2, "Added."), P("d", "1.5", 3, "Moved.") };
        var rows = VersionComparison.Compare(older, newer);
        Assert.Equal(
            [("a", ParagraphChangeKind.Unchanged), ("b", ParagraphChangeKind.Edited), ("c", ParagraphChangeKind.Removed), ("e", ParagraphChangeKind.Added), ("d", ParagraphChangeKind.Moved)],
            rows.Select(r => (r.Key, r.Kind)));
        Assert.Contains(rows[1].Runs, r => r.Kind == DiffRunKind.Inserted && r.Text == "twice");
    }
}
