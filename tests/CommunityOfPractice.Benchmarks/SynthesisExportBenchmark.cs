using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Issue 6's measure: a debate of N posts (400 authors of every category and region, one post in twenty highlighted,
/// every consent), finalised into a synthesis citing 200 posts, then exported to each format, one fresh process per
/// export so peak memory is that export's; next to a plain dump of the same posts to CSV, the floor.
/// </summary>
public static class SynthesisExportBenchmark
{
    private static ServiceProvider Services(string file)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false");
        services.AddScoped<SynthesisComposer>();
        services.AddSingleton<MarkdownRenderer>();
        return services.BuildServiceProvider();
    }

    /// <summary>synthesis-seed &lt;sqlite-file&gt; &lt;posts&gt;: the debate, its synthesis and version 1; prints the finalising time.</summary>
    public static async Task<int> SeedAsync(string[] args)
    {
        var (file, count) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture));
        await using var services = Services(file);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
        var random = new Random(6);
        var countries = CountryCatalog.All;
        var categories = Enum.GetValues<StakeholderCategory>();
        var authors = Enumerable.Range(0, 400).Select(i => new AppUser
        {
            UserName = $"author{i}@example.org", Email = $"author{i}@example.org", DisplayName = $"Author {i}",
            Category = categories[i % categories.Length], NcdAreas = (NcdAreas)(1 << (i % 6)), CountryCode = countries[(i * 7) % countries.Count].Code,
        }).ToList();
        db.Users.AddRange(authors);
        var opens = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var debate = new Debate
        {
            Title = "Meaningful involvement in national NCD plans", Summary = "Five days of debate.", OpensAt = opens, ClosesAt = opens.AddDays(5), IsPublished = true,
            CreatedById = authors[0].Id, CreatedAt = opens.AddDays(-10),
            Questions = Enumerable.Range(0, 4).Select(i => new GuidingQuestion { Order = i, Text = $"Guiding question {i + 1}: what changed and why?" }).ToList(),
        };
        db.Debates.Add(debate);
        await db.SaveChangesAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var sentence = "People living with NCDs asked for seats on the council, budgets for peer support and plain-language documents; ";
        var posts = new List<Post>(count);
        for (var i = 0; i < count; i++)
        {
            var text = $"Post {i}. " + string.Concat(Enumerable.Repeat(sentence, 1 + random.Next(6)));
            posts.Add(new Post
            {
                DebateId = debate.Id, AuthorId = authors[random.Next(authors.Count)].Id, QuestionId = debate.Questions[i % 4].Id, Markdown = text, Html = $"<p>{text}</p>",
                Consent = (QuotingConsent)(i % 3), Status = i % 50 == 7 ? PostStatus.Hidden : PostStatus.Published, IsHighlighted = i % 20 == 0,
                CreatedAt = opens.AddMinutes(i * (5.0 * 24 * 60 / count)),
            });
        }
        db.Posts.AddRange(posts);
        await db.SaveChangesAsync();
        var cited = posts.Where(p => p.Status == PostStatus.Published).Take(200).ToList();
        var synthesis = new Synthesis
        {
            DebateId = debate.Id, CreatedById = authors[0].Id, CreatedAt = opens.AddDays(6), UpdatedAt = opens.AddDays(6),
            Summary = string.Join("\n\n", cited.Take(100).Select((p, i) => $"Point {i} was made clearly {Citations.Of(p.Id)}.")),
            Agreements = string.Join("\n", cited.Skip(100).Take(50).Select(p => $"- **Agreed**: more seats {Citations.Of(p.Id)}")),
            Disagreements = string.Join("\n", cited.Skip(150).Take(50).Select(p => $"- Budgets {Citations.Of(p.Id)}")),
            Gaps = "Rural areas.", Recommendations = "1. Fund peer support.\n2. Publish in plain language.",
        };
        db.Syntheses.Add(synthesis);
        await db.SaveChangesAsync();

        var watch = Stopwatch.StartNew();
        var (document, errors) = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>().ComposeAsync(synthesis, SynthesisComposer.SectionsOf(synthesis), 1);
        if (document is null)
        {
            Console.Error.WriteLine(string.Join("; ", errors.Select(e => e.Message)));
            return 1;
        }
        db.SynthesisVersions.Add(new SynthesisVersion { SynthesisId = synthesis.Id, Number = 1, FinalisedAt = DateTimeOffset.UtcNow, FinalisedById = authors[0].Id, Document = JsonSerializer.Serialize(document, SynthesisComposer.Json) });
        await db.SaveChangesAsync();
        Console.WriteLine($"finalise (compose {count} posts, store version): {watch.ElapsedMilliseconds} ms; {document.Highlights.Sum(h => h.Quotes.Count)} quotes, {document.Footnotes.Count} footnotes");
        return 0;
    }

    /// <summary>synthesis-export &lt;sqlite-file&gt; &lt;docx|md|html|json|csv|plain-csv&gt; &lt;output&gt;: one export as the job runs it, timed.</summary>
    public static async Task<int> ExportAsync(string[] args)
    {
        var (file, format, output) = (args[0], args[1], args[2]);
        // A fresh process, as the app is at start-up: it builds its EF model once (start-up work does it in the app),
        // then its first export pays for compiling the export's own code; the running app's later jobs are warm.
        var start = format == "plain-csv" ? TimeSpan.Zero : await StartAsync(file);
        var first = await TimedExportAsync(file, format, output);
        var warm = await TimedExportAsync(file, format, output);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format,-10} EF model {start.TotalMilliseconds,5:0} ms   first {first.TotalMilliseconds,5:0} ms   warm {warm.TotalMilliseconds,5:0} ms   peak working set {self.PeakWorkingSet64 / 1048576.0,6:0.0} MB   file {new FileInfo(output).Length / 1024.0,6:0} KB"));
        return 0;
    }

    /// <summary>What the app's start-up does before any job: the EF model built by a first query.</summary>
    private static async Task<TimeSpan> StartAsync(string file)
    {
        var watch = Stopwatch.StartNew();
        await using var services = Services(file);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().SynthesisVersions.AsNoTracking().CountAsync();
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> TimedExportAsync(string file, string format, string output)
    {
        var watch = Stopwatch.StartNew();
        if (format == "plain-csv")
        {
            await PlainDumpAsync(file, output);
            return watch.Elapsed;
        }
        var chosen = SynthesisFormats.Parse(format) ?? throw new ArgumentException($"unknown format {format}");
        await using var services = Services(file);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var version = await db.SynthesisVersions.AsNoTracking().SingleAsync(v => v.Number == 1);
        var document = SynthesisReader.Document(version);
        DebatePosts? posts = null;
        if (chosen == ExportFormat.Csv)
        {
            var contributions = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>().ContributionsAsync(document.Debate.Id);
            posts = new DebatePosts(contributions, await db.GuidingQuestions.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Order + 1));
        }
        await using (var stream = File.Create(output))
        {
            await SynthesisFormats.WriteAsync(chosen, document, posts, scope.ServiceProvider.GetRequiredService<MarkdownRenderer>(), stream);
        }
        return watch.Elapsed;
    }

    /// <summary>The floor: every post straight from SQLite to a CSV file, no consent, no escaping beyond quotes.</summary>
    private static async Task PlainDumpAsync(string file, string output)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id, ParentId, QuestionId, CreatedAt, Kind, Status, Consent, AuthorId, Markdown FROM Posts ORDER BY Id";
        await using var reader = await command.ExecuteReaderAsync();
        await using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 64 * 1024);
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (i > 0)
                {
                    await writer.WriteAsync(',');
                }
                await writer.WriteAsync(reader.IsDBNull(i) ? "" : "\"" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            }
            await writer.WriteAsync("\r\n");
        }
    }
}
