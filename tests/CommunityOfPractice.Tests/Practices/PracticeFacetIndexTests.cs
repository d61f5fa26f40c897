using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;

namespace CommunityOfPractice.Tests.Practices;

/// <summary>
/// The facet index against the plainest reading of the rule, over random catalogs and queries: a facet's value counts
/// the entries that pass every filter but that facet's own and have the value.
/// </summary>
public sealed class PracticeFacetIndexTests
{
    private static readonly string[] Countries = ["SN", "KE", "MX", "FR", "PE", "CL", "IN", "BR"];
    private static readonly string[] Languages = ["en", "fr", "es"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Counts_and_filters_match_the_rule_over_random_catalogs(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(1, 400).Select(id => RandomEntry(random, id)).ToList();
        var index = new PracticeFacetIndex(entries);
        for (var round = 0; round < 200; round++)
        {
            var query = RandomQuery(random);
            // Some rounds count all entries, others a text match: a random subset in a random order.
            IReadOnlyList<int>? positions = random.Next(3) == 0 ? null
                : Enumerable.Range(0, entries.Count).Where(_ => random.Next(4) == 0).OrderBy(_ => random.Next()).ToList();
            var (facets, passing) = index.Count(positions, query);
            var considered = (positions ?? Enumerable.Range(0, entries.Count).ToList()).Select(p => (Position: p, Entry: entries[p])).ToList();

            Assert.Equal(considered.Where(c => PassesExcept(c.Entry, query, null)).Select(c => c.Position), passing);
            Expect(facets.Regions, considered, query, "region", e => e.Regions);
            Expect(facets.Countries, considered, query, "country", e => e.Countries);
            Expect(facets.Areas, considered, query, "area", e => Enum.GetValues<NcdAreas>().Where(a => a != 0 && e.Areas.HasFlag(a)));
            Expect(facets.Themes, considered, query, "theme", e => e.Themes);
            Expect(facets.Involvement, considered, query, "type", e => Enum.GetValues<InvolvementTypes>().Where(t => t != 0 && e.Involvement.HasFlag(t)));
            Expect(facets.Languages, considered, query, "lang", e => [e.Language]);
            Expect(facets.Years, considered, query, "year", e => e.Years);
            // Most frequent first; years newest first.
            Assert.Equal(facets.Countries.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).Select(f => f.Value), facets.Countries.Select(f => f.Value));
            Assert.Equal(facets.Years.Select(f => f.Value).OrderDescending(), facets.Years.Select(f => f.Value));
        }
    }

    [Fact]
    public void A_filter_on_a_value_no_entry_has_leaves_nothing_but_counts_the_other_values()
    {
        var random = new Random(7);
        var entries = Enumerable.Range(1, 50).Select(id => RandomEntry(random, id)).ToList();
        var (facets, passing) = new PracticeFacetIndex(entries).Count(null, new PracticeQuery(Country: "JP", Year: 1990));
        Assert.Empty(passing);
        Assert.Empty(facets.Regions);
        // Choosing a country instead of Japan keeps the year filter, which no entry passes either.
        Assert.Empty(facets.Countries);
        Assert.Equal(entries.Count(e => e.Countries.Contains("JP")), facets.Years.Sum(f => f.Count));
    }

    private static void Expect<T>(IReadOnlyList<FacetCount<T>> actual, List<(int Position, PublicPractice Entry)> considered, PracticeQuery query, string facet, Func<PublicPractice, IEnumerable<T>> values)
        where T : notnull
    {
        var expected = considered.Where(c => PassesExcept(c.Entry, query, facet))
            .SelectMany(c => values(c.Entry).Distinct())
            .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal), actual.ToDictionary(f => f.Value, f => f.Count).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal));
    }

    private static bool PassesExcept(PublicPractice entry, PracticeQuery query, string? facet) =>
        (facet == "region" || query.Region is not { } region || entry.Regions.Contains(region))
        && (facet == "country" || query.Country is not { } country || entry.Countries.Contains(country))
        && (facet == "area" || query.Area is not { } area || (entry.Areas & area) != 0)
        && (facet == "theme" || query.Theme is not { } theme || entry.Themes.Contains(theme))
        && (facet == "type" || query.Involvement is not { } type || (entry.Involvement & type) != 0)
        && (facet == "lang" || query.Language is not { } language || entry.Language == language)
        && (facet == "year" || query.Year is not { } year || entry.Years.Contains(year));

    private static PublicPractice RandomEntry(Random random, int id)
    {
        var countries = Countries.Where(_ => random.Next(4) == 0).Take(3).ToList();
        var from = 2010 + random.Next(10);
        var years = Enumerable.Range(from, random.Next(4)).ToList();
        return new PublicPractice(id, "p" + id, "Title " + id, "Summary", Languages[random.Next(Languages.Length)], countries,
            countries.Select(c => CountryCatalog.Find(c)!.Region).ToHashSet(),
            (NcdAreas)(random.Next(1, 16)), (InvolvementTypes)(random.Next(1, 16)),
            Enumerable.Range(1, 5).Where(_ => random.Next(3) == 0).ToList(), years, DateTimeOffset.UnixEpoch.AddDays(id), null);
    }

    private static PracticeQuery RandomQuery(Random random)
    {
        T? Maybe<T>(Func<T> value) where T : struct => random.Next(3) == 0 ? value() : null;
        return new PracticeQuery(
            Region: Maybe(() => Enum.GetValues<WhoRegion>()[random.Next(Enum.GetValues<WhoRegion>().Length)]),
            Country: random.Next(3) == 0 ? Countries.Append("JP").ElementAt(random.Next(Countries.Length + 1)) : null,
            Area: Maybe(() => (NcdAreas)(1 << random.Next(4))),
            Theme: Maybe(() => random.Next(1, 7)),
            Involvement: Maybe(() => (InvolvementTypes)(1 << random.Next(4))),
            Language: random.Next(3) == 0 ? Languages[random.Next(Languages.Length)] : null,
            Year: Maybe(() => 2009 + random.Next(15)));
    }
}
