using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Benchmarks;

/// <summary>
/// Adds to a migrated database (the practices seed's) issue 18's measure: a standard of 30 sections and 300 paragraphs,
/// numbered and published through the core's use cases, with a closed round of 2,000 comments and proposals from 400
/// members, every proposal answered; or, with "open", the same standard under a round open now, nothing answered yet (the
/// member's consultation page of issue 18's measure).
/// </summary>
public static class StandardSeed
{
    public const string Slug = "benchmark-standard";
    public const string OpenSlug = "benchmark-consultation";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: standards-seed <sqlite-file> [contributions=2000] [open]");
            return 2;
        }
        var contributions = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 2000;
        var open = args.Length > 2 && args[2] == "open";
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={args[0]}")
            .AddCommunityCore()
            .AddStandards()
            .AddSingleton<IStandardPublication, NoPublication>()
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.Name == Roles.Coordinator);
        if (role is null)
        {
            role = new IdentityRole { Name = Roles.Coordinator, NormalizedName = Roles.Coordinator.ToUpperInvariant() };
            db.Roles.Add(role);
        }
        var drafter = new AppUser { UserName = "bench-drafter@bench.example.org", Email = "bench-drafter@bench.example.org", DisplayName = "Bench drafter" };
        db.Users.Add(drafter);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = drafter.Id, RoleId = role.Id });
        var random = new Random(18);
        var categories = Enum.GetValues<StakeholderCategory>();
        var members = Enumerable.Range(0, 400).Select(i => new AppUser
        {
            UserName = $"bench-member-{i}@bench.example.org", Email = $"bench-member-{i}@bench.example.org", DisplayName = $"Member {i}",
            Category = categories[random.Next(categories.Length)], CountryCode = CountryCatalog.All[random.Next(CountryCatalog.All.Count)].Code, ShowCategory = true, ShowCountry = true,
        }).ToList();
        db.Users.AddRange(members);
        await db.SaveChangesAsync();

        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        var body = string.Join("\n\n", Enumerable.Range(1, 30).Select(s =>
            $"# {char.ToUpperInvariant(Sentence(1)[0])}{Sentence(4)[1..]} {s}\n\n" + string.Join("\n\n", Enumerable.Range(1, 10).Select(_ => Sentence(45) + "."))));
        var actor = new Actor(drafter.Id, drafter.DisplayName);
        var (document, errors) = await scope.ServiceProvider.GetRequiredService<CreateStandard>().HandleAsync(actor,
            new StandardCommand { Title = "Benchmark standard", Summary = "A 300-paragraph standard for the load test.", Language = "en", Body = body });
        if (document is null)
        {
            Console.Error.WriteLine(string.Join(" ", errors.Select(e => e.Message)));
            return 1;
        }
        await db.StandardDocuments.Where(d => d.Id == document.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.Slug, open ? OpenSlug : Slug));
        var (version, publishErrors) = await scope.ServiceProvider.GetRequiredService<PublishStandardVersion>().HandleAsync(actor, document.Id, null);
        if (version is null)
        {
            Console.Error.WriteLine(string.Join(" ", publishErrors.Select(e => e.Message)));
            return 1;
        }
        var now = DateTimeOffset.UtcNow;
        var round = open
            ? new ConsultationRound { VersionId = version.Id, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(6), CreatedById = drafter.Id, CreatedAt = now.AddDays(-2), GuidingQuestions = "What is missing?" }
            : new ConsultationRound { VersionId = version.Id, OpensAt = now.AddDays(-20), ClosesAt = now.AddDays(-6), CreatedById = drafter.Id, CreatedAt = now.AddDays(-21), GuidingQuestions = "What is missing?" };
        db.ConsultationRounds.Add(round);
        await db.SaveChangesAsync();
        var paragraphs = await db.StandardParagraphs.Where(p => p.VersionId == version.Id).Select(p => new { p.Id, p.Markdown }).ToListAsync();
        // A proposal rewords its paragraph as people do: a few words changed and a phrase added, not a new text.
        string Reworded(string text)
        {
            var words = text.Split(' ');
            for (var change = 0; change < 3; change++)
            {
                words[random.Next(words.Length)] = Words[random.Next(Words.Length)];
            }
            var at = random.Next(words.Length);
            words[at] = words[at] + " " + Sentence(4);
            return string.Join(' ', words);
        }
        var consents = Enum.GetValues<QuotingConsent>();
        var answers = Enum.GetValues<ProposalAnswer>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < contributions; i++)
        {
            var author = members[random.Next(members.Count)];
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            var at = round.OpensAt.AddSeconds(i * 30);
            if (i % 2 == 0)
            {
                var text = Sentence(40) + ".";
                db.StandardComments.Add(new StandardComment
                {
                    RoundId = round.Id, ParagraphId = paragraph.Id, AuthorId = author.Id, Markdown = text, Html = $"<p>{text}</p>",
                    Consent = consents[random.Next(consents.Length)], Status = StandardCommentStatus.Published, CreatedAt = at,
                });
            }
            else
            {
                var reason = Sentence(15) + ".";
                var text = Reworded(paragraph.Markdown);
                db.StandardProposals.Add(new StandardProposal
                {
                    RoundId = round.Id, ParagraphId = paragraph.Id, AuthorId = author.Id, ProposedText = text, ProposedHtml = $"<p>{text}</p>",
                    Reason = reason, ReasonHtml = $"<p>{reason}</p>", Consent = consents[random.Next(consents.Length)], CreatedAt = at, SupportCount = random.Next(5),
                    Answer = open ? null : answers[random.Next(answers.Length)], AnswerReason = open ? null : reason, AnswerReasonHtml = open ? null : $"<p>{reason}</p>",
                    AnsweredById = open ? null : drafter.Id, AnsweredAt = open ? null : round.ClosesAt.AddDays(1),
                });
            }
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"standard /standards/{(open ? OpenSlug : Slug)}: {paragraphs.Count} paragraphs, {contributions} comments and proposals in {(open ? "an open" : "a closed")} round");
        return 0;
    }

    private static readonly string[] Words =
    [
        "people", "living", "with", "noncommunicable", "diseases", "take", "part", "in", "decisions", "organisations", "pay", "for", "time",
        "expertise", "meetings", "accessible", "governance", "seats", "peers", "report", "every", "year", "support", "training", "plain",
        "language", "caregivers", "community", "policy", "health", "services", "evaluate", "involvement", "meaningful", "the", "and", "of",
    ];

    private sealed class NoPublication : IStandardPublication
    {
        public Task ChangedAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
