using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Practices;

public sealed class PracticeSearchTests(PracticeCorpus corpus) : IClassFixture<PracticeCorpus>
{
    private async Task<PracticeResults> SearchAsync(PracticeQuery query)
    {
        using var scope = corpus.Scope();
        return await scope.ServiceProvider.GetRequiredService<PracticeSearch>().SearchAsync(query, []);
    }

    private async Task<List<string>> TitlesAsync(string text) => (await SearchAsync(new PracticeQuery(Text: text))).Hits.Select(h => h.Entry.Title).ToList();

    [Theory]
    [InlineData("sante")]
    [InlineData("SANTÉ")]
    [InlineData("santé communautaire")]
    [InlineData("senegal")]
    public async Task Accents_and_case_are_folded(string text) =>
        Assert.Equal(["Santé communautaire et pairs aidants"], await TitlesAsync(text));

    [Fact]
    public async Task A_word_matches_by_its_beginning()
    {
        Assert.Equal(["Peer support groups for diabetes", "Santé communautaire et pairs aidants"], (await TitlesAsync("diabet")).Order());
        Assert.Contains("Participación en la investigación respiratoria", await TitlesAsync("investig"));
    }

    [Fact]
    public async Task Every_word_is_required() =>
        Assert.Equal(["Peer support groups for diabetes"], await TitlesAsync("peer nairobi"));

    [Fact]
    public async Task A_match_in_the_title_ranks_above_a_match_in_the_tags_and_the_body()
    {
        // "peer" is in one title, in the tags of the French entry, and in the body of the council entry.
        var titles = await TitlesAsync("peer");
        Assert.Equal("Peer support groups for diabetes", titles[0]);
        Assert.Equal("A seat on the national NCD council", titles[^1]);
        Assert.Equal(3, titles.Count);
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        Assert.Empty(await TitlesAsync("secret"));
        Assert.DoesNotContain((await SearchAsync(new PracticeQuery())).Hits, h => h.Entry.Title.Contains("Secret"));
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words()
    {
        var hit = (await SearchAsync(new PracticeQuery(Text: "nairobi"))).Hits.Single();
        Assert.Contains($"{PracticeSearchIndex.SnippetStart}Nairobi{PracticeSearchIndex.SnippetEnd}", hit.Snippet);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("-diabetes")]
    [InlineData("\"unbalanced quote")]
    [InlineData("diabetes OR cancer AND NOT")]
    [InlineData("title:peer")]
    [InlineData("^peer + {x} [y]")]
    public async Task Search_syntax_is_treated_as_words_and_never_fails(string text)
    {
        var match = PracticeSearchIndex.ToMatch(text);
        Assert.True(match is null || System.Text.RegularExpressions.Regex.IsMatch(match, "^(\"[\\p{L}\\p{N}\\p{Mn}]+\"\\* ?)+$"), match);
        await SearchAsync(new PracticeQuery(Text: text));
    }

    [Fact]
    public async Task A_very_long_query_is_cut_to_its_first_words()
    {
        var text = string.Concat(Enumerable.Repeat("diabetes peer ", 250));
        Assert.True(PracticeSearchIndex.Terms(text).Count <= PracticeSearchIndex.MaxTerms,
            $"A query of 500 words should be cut to at most {PracticeSearchIndex.MaxTerms} terms, but kept {PracticeSearchIndex.Terms(text).Count}.");
        Assert.Equal(["Peer support groups for diabetes"], (await SearchAsync(new PracticeQuery(Text: text))).Hits.Select(h => h.Entry.Title).Where(t => t.StartsWith("Peer")).ToList());
    }

    [Fact]
    public async Task Facets_count_each_value_over_the_other_filters()
    {
        var all = await SearchAsync(new PracticeQuery());
        Assert.Equal(5, all.Total);
        Assert.Equal(3, all.Facets.Areas.Single(a => a.Value == NcdAreas.Diabetes).Count);
        Assert.Equal(2, all.Facets.Areas.Single(a => a.Value == NcdAreas.Cancer).Count);
        // An entry in Peru and Chile counts once for its region.
        Assert.Equal(2, all.Facets.Regions.Single(r => r.Value == WhoRegion.Americas).Count);
        Assert.Equal(2, all.Facets.Regions.Single(r => r.Value == WhoRegion.Africa).Count);

        // With Africa chosen, the region facet still offers the other regions with their own counts,
        // while the other facets count only African entries.
        var africa = await SearchAsync(new PracticeQuery(Region: WhoRegion.Africa));
        Assert.Equal(2, africa.Total);
        Assert.Equal(2, africa.Facets.Regions.Single(r => r.Value == WhoRegion.Americas).Count);
        Assert.Equal(2, africa.Facets.Areas.Single(a => a.Value == NcdAreas.Diabetes).Count);
        Assert.DoesNotContain(africa.Facets.Areas, a => a.Value == NcdAreas.Cancer);
        Assert.Equal([("en", 1), ("fr", 1)], africa.Facets.Languages.Select(l => (l.Value, l.Count)).Order());
        Assert.Equal([2019, 2018, 2017], africa.Facets.Years.Select(y => y.Value));
    }

    [Fact]
    public async Task Filters_combine_with_the_text()
    {
        var results = await SearchAsync(new PracticeQuery(Text: "peer", Country: "MX"));
        Assert.Equal(["A seat on the national NCD council"], results.Hits.Select(h => h.Entry.Title));
        // The country facet counts what "peer" finds in each country.
        Assert.Equal([("KE", 1), ("MX", 1), ("SN", 1)], results.Facets.Countries.Select(c => (c.Value, c.Count)).Order());
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_one_with_a_notice()
    {
        var results = await SearchAsync(new PracticeQuery(Page: 9));
        Assert.Equal(1, results.Query.Page);
        Assert.Contains(results.Notices, n => n.Field == "page");
        Assert.Equal(5, results.Hits.Count);
    }

    [Fact]
    public async Task Without_a_search_the_newest_come_first()
    {
        var results = await SearchAsync(new PracticeQuery());
        Assert.Equal(PracticeCorpus.Entries.Reverse().Select(e => e.Title), results.Hits.Select(h => h.Entry.Title));
    }
}
