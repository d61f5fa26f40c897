using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Fills a migrated SQLite database with N published entries (deterministic text in three languages, every
/// country, region, area, involvement type and year spread), then builds their full-text index.
/// </summary>
public static class PracticeSeed
{
    private static readonly string[] DomainWords =
    [
        "peer", "support", "diabetes", "cancer", "hypertension", "council", "policy", "co-design", "clinic", "community",
        "santé", "participation", "patients", "district", "school", "nutrition", "advocacy", "research", "training", "mobile",
        "salud", "comunidad", "pares", "evaluation", "budget", "youth", "caregivers", "women", "rural", "urban",
    ];

    /// <summary>
    /// A vocabulary with a natural (Zipf) distribution: made-up words fill the frequent and rare ranks, the domain words
    /// sit at ranks 100 to 400, so a two-word search matches a few percent of the entries, as in a real collection.
    /// </summary>
    private static readonly string[] Vocabulary = BuildVocabulary();

    private static readonly double[] Cumulative = BuildCumulative(Vocabulary.Length);

    private static string[] BuildVocabulary()
    {
        string[] syllables = ["ba", "ko", "ri", "tu", "me", "sa", "lo", "ne", "pi", "da", "gu", "fe"];
        var made = syllables.SelectMany(a => syllables.SelectMany(b => syllables.Select(c => a + b + c))).ToList();
        for (var i = 0; i < DomainWords.Length; i++)
        {
            made.Insert(100 + i * 10, DomainWords[i]);
        }
        return [.. made];
    }

    private static double[] BuildCumulative(int count)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }
        return cumulative.Select(c => c / total).ToArray();
    }

    private static string Word(Random random)
    {
        var index = Array.BinarySearch(Cumulative, random.NextDouble());
        return Vocabulary[index < 0 ? ~index : index];
    }


    /// <summary>Times the search service alone (no HTTP, no rendering) on a seeded database: the catalog load, then each query.</summary>
    public static async Task<int> ProfileAsync(string[] args)
    {
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={args[0]}")
            .AddPractices()
            .AddSingleton<IPracticePublication, NoPublication>()
            .BuildServiceProvider();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var catalog = services.GetRequiredService<PracticeCatalog>();
        await catalog.SnapshotAsync();
        Console.WriteLine($"catalog load: {watch.ElapsedMilliseconds} ms");
        foreach (var text in new[] { null, "peer diabetes", "council" })
        {
            foreach (var region in new WhoRegion?[] { null, WhoRegion.Africa })
            {
                var query = new PracticeQuery(Text: text, Region: region);
                await using var scope = services.CreateAsyncScope();
                var search = scope.ServiceProvider.GetRequiredService<PracticeSearch>();
                var snapshot = await catalog.SnapshotAsync();
                await search.SearchAsync(query, []);
                watch.Restart();
                for (var i = 0; i < 20; i++)
                {
                    await search.SearchAsync(query, []);
                }
                var total = watch.Elapsed.TotalMilliseconds / 20;
                watch.Restart();
                for (var i = 0; i < 20; i++)
                {
                    snapshot.Count(null, query);
                }
                var facets = watch.Elapsed.TotalMilliseconds / 20;
                var match = PracticeSearchIndex.ToMatch(text);
                var fts = 0.0;
                var snippets = 0.0;
                if (match is not null)
                {
                    var index = scope.ServiceProvider.GetRequiredService<PracticeSearchIndex>();
                    watch.Restart();
                    for (var i = 0; i < 20; i++)
                    {
                        await index.MatchAsync(match);
                    }
                    fts = watch.Elapsed.TotalMilliseconds / 20;
                    var page = (await search.SearchAsync(query, [])).Hits.Select(h => h.Entry.Id).ToList();
                    watch.Restart();
                    for (var i = 0; i < 20; i++)
                    {
                        await index.SnippetsAsync(match, page);
                    }
                    snippets = watch.Elapsed.TotalMilliseconds / 20;
                }
                Console.WriteLine($"q={text ?? "-"} region={region?.ToString() ?? "-"}: search {total:F1} ms (facets {facets:F1} ms, full-text match {fts:F1} ms, snippets {snippets:F1} ms)");
            }
        }
        return 0;
    }

    private sealed class NoPublication : IPracticePublication
    {
        public Task ChangedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out var count))
        {
            Console.Error.WriteLine("usage: practices-seed <sqlite-file> <count>");
            return 2;
        }
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={args[0]}")
            .AddPractices()
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await DatabaseMigrator.MigrateAsync(db);
            var user = new AppUser { UserName = "bench-submitter@bench.example.org", Email = "bench-submitter@bench.example.org", DisplayName = "Bench" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            var themes = await db.PracticeThemes.Select(t => t.Id).ToListAsync();
            if (themes.Count == 0)
            {
                db.PracticeThemes.AddRange(PracticeDefaults.Themes.Select(t => new PracticeTheme { NameEn = t.NameEn, NameFr = t.NameFr, NameEs = t.NameEs, Order = t.Order }));
                await db.SaveChangesAsync();
                themes = await db.PracticeThemes.Select(t => t.Id).ToListAsync();
            }
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var random = new Random(2026);
            var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var batch = 0; batch < count; batch += 1000)
            {
                var practices = new List<(Practice Practice, PracticeContent Content, DateTimeOffset At)>();
                for (var i = batch; i < Math.Min(count, batch + 1000); i++)
                {
                    string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)));
                    var country = CountryCatalog.All[random.Next(CountryCatalog.All.Count)].Code;
                    var year = 2005 + random.Next(20);
                    var content = new PracticeContent
                    {
                        Title = $"{char.ToUpperInvariant(Sentence(1)[0])}{Sentence(5)[1..]} {i}",
                        Summary = Sentence(40),
                        Body = string.Join("\n\n", Enumerable.Range(0, 4).Select(_ => Sentence(60))),
                        Language = (i % 3) switch { 0 => "en", 1 => "fr", _ => "es" },
                        Countries = country,
                        NcdAreas = (NcdAreas)(1 << random.Next(6)),
                        Involvement = (InvolvementTypes)(1 << random.Next(7)),
                        Themes = themes[random.Next(themes.Count)].ToString(),
                        Tags = Sentence(2).Replace(' ', ','),
                        YearFrom = year,
                        YearTo = year + random.Next(3),
                    };
                    var at = start.AddMinutes(i * 30);
                    practices.Add((new Practice { Slug = $"practice-{i}", SubmitterId = user.Id, Status = PracticeStatus.Published, Content = content.Copy(), CreatedAt = at, UpdatedAt = at, FirstPublishedAt = at }, content, at));
                }
                db.Practices.AddRange(practices.Select(p => p.Practice));
                await db.SaveChangesAsync();
                var revisions = practices.Select(p => new PracticeRevision { PracticeId = p.Practice.Id, Number = 1, Content = p.Content, PublishedAt = p.At, PublishedById = user.Id }).ToList();
                db.PracticeRevisions.AddRange(revisions);
                await db.SaveChangesAsync();
                foreach (var (practice, revision) in practices.Select(p => p.Practice).Zip(revisions))
                {
                    practice.PublicRevisionId = revision.Id;
                    db.Entry(practice).Property(p => p.PublicRevisionId).IsModified = true;
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            await scope.ServiceProvider.GetRequiredService<PracticeSearchIndex>().EnsureCompleteAsync();
        }
        Console.WriteLine($"{count} published entries written to {args[0]}");
        return 0;
    }
}
