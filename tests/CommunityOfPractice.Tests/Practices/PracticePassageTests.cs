using CommunityOfPractice.Features.Practices;

namespace CommunityOfPractice.Tests.Practices;

/// <summary>The passage shown under a search hit, cut from the entry's own words.</summary>
public sealed class PracticePassageTests
{
    private const string Start = PracticeSearchIndex.SnippetStart;
    private const string End = PracticeSearchIndex.SnippetEnd;

    [Fact]
    public void Matched_words_are_marked_as_written_with_their_accents() =>
        Assert.Equal($"Un programme de {Start}santé{End} au {Start}Sénégal.{End}", PracticeSearchIndex.Passage("Un programme de santé au Sénégal.", ["sante", "senegal"]));

    [Fact]
    public void A_word_is_matched_by_any_of_its_parts_as_the_index_matches_it() =>
        Assert.Equal($"Workshops on {Start}(co-design){End} with patients", PracticeSearchIndex.Passage("Workshops on (co-design) with patients", ["design"]));

    [Fact]
    public void A_long_text_is_cut_around_the_first_match()
    {
        var words = Enumerable.Range(1, 100).Select(i => "w" + i).ToList();
        words[50] = "Diabetes";
        var passage = PracticeSearchIndex.Passage(string.Join(' ', words), ["diab"])!;
        Assert.StartsWith("…w43 w44", passage);
        Assert.Contains($"{Start}Diabetes{End}", passage);
        Assert.EndsWith("w74…", passage);
        Assert.Equal(32, passage.Split(' ').Length);
    }

    [Fact]
    public void A_text_without_the_words_gives_no_passage() =>
        Assert.Null(PracticeSearchIndex.Passage("Nothing to see here", ["diabetes"]));

    [Fact]
    public void A_word_inside_another_is_not_a_match() =>
        Assert.Null(PracticeSearchIndex.Passage("prediabetes screening", ["diabetes"]));
}
