using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>
/// A real SQLite file holding one debate whose figures are known by hand: four members of three categories in three
/// WHO regions, posts on two days, every quoting consent, and hidden, withdrawn and held posts that must never leak.
/// </summary>
public sealed class KnownDebate : IAsyncLifetime
{
    public static readonly DateTimeOffset Opens = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Texts that may never appear in any export: not quoted at their authors' request, or not published.</summary>
    public static readonly string[] Secrets = ["SECRET-carla-story", "SECRET-carla-second", "SECRET-erin-first", "SECRET-erin-second", "HIDDEN-dev-text", "WITHDRAWN-amina-text", "HELD-dev-text"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cop-syntheses-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider services = default!;

    public int DebateId { get; private set; }
    public Dictionary<string, long> Posts { get; } = [];
    public Synthesis Synthesis { get; private set; } = default!;

    public IServiceScope Scope() => services.CreateScope();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var collection = new ServiceCollection();
        collection.AddSingleton(TimeProvider.System);
        collection.AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")};Pooling=false");
        collection.AddScoped<SynthesisComposer>();
        collection.AddSingleton<MarkdownRenderer>();
        services = collection.BuildServiceProvider();
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);

        AppUser Person(string name, StakeholderCategory category, NcdAreas areas, string country) => new()
        {
            UserName = $"{name}@example.org", Email = $"{name}@example.org", DisplayName = name, Category = category, NcdAreas = areas, CountryCode = country,
            // Members who show their group and country on their profile (HiddenProfileTests has those who hide them).
            ShowCategory = true,
        };
        var amina = Person("Amina", StakeholderCategory.PersonLivingWithNcd, NcdAreas.Diabetes, "KE");
        var bruno = Person("Bruno", StakeholderCategory.FamilyMemberOrCaregiver, NcdAreas.None, "FR");
        var carla = Person("Carla", StakeholderCategory.PersonLivingWithNcd, NcdAreas.Cancer, "MX");
        var dev = Person("Dev", StakeholderCategory.AcademiaOrResearch, NcdAreas.None, "IN");
        var erin = Person("Erin", StakeholderCategory.GovernmentOrPublicSector, NcdAreas.None, "");
        var moderator = Person("Moderator", StakeholderCategory.Other, NcdAreas.None, "CH");
        db.Users.AddRange(amina, bruno, carla, dev, erin, moderator);
        // Questions numbered from 1, as creating a debate numbers them: its figures and exports are known by hand.
        var debate = new DebateBuilder(moderator.Id)
            .WithTitle("Involving people living with NCDs in national plans").WithSummary("Three days on how people living with NCDs shape policy.")
            .WithWindow(Opens, Opens.AddDays(3)).WithCreatedAt(Opens.AddDays(-10)).WithQuestions(["What worked?", "What stood in the way?"])
            .Build();
        db.Debates.Add(debate);
        await db.SaveChangesAsync();
        DebateId = debate.Id;
        db.Webinars.Add(new WebinarBuilder(moderator.Id).WithTitle("Context-setting webinar").StartingAt(Opens.AddDays(-3)).ForDebate(debate.Id)
            .WithCreatedAt(Opens.AddDays(-20)).WithRecordingUrl("https://video.example.org/recording").Build());
        var (whatWorked, inTheWay) = (debate.Questions[0].Id, debate.Questions[1].Id);

        async Task<long> Post(string key, AppUser author, int? question, int day, QuotingConsent consent, string text, PostStatus status = PostStatus.Published,
            bool highlighted = false, long? parent = null, PostKind kind = PostKind.Member)
        {
            var post = new PostBuilder(debate.Id, author.Id, text).WithQuestion(question).InReplyTo(parent).WithConsent(consent).WithStatus(status)
                .Highlighted(highlighted).WithKind(kind).WithCreatedAt(Opens.AddDays(day).AddHours(9 + Posts.Count)).Build();
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            return Posts[key] = post.Id;
        }
        var first = await Post("amina", amina, whatWorked, 0, QuotingConsent.QuoteWithName, "Peer navigators halved missed appointments.", highlighted: true);
        await Post("bruno-reply", bruno, null, 0, QuotingConsent.QuoteAnonymously, "Caregivers need paid respite to take part.", highlighted: true, parent: first);
        await Post("carla", carla, inTheWay, 1, QuotingConsent.DoNotQuote, "SECRET-carla-story about my treatment.", highlighted: true);
        await Post("carla-2", carla, inTheWay, 1, QuotingConsent.DoNotQuote, "SECRET-carla-second thought.");
        await Post("bruno-formula", bruno, whatWorked, 1, QuotingConsent.QuoteAnonymously, "=HYPERLINK(\"http://evil.example\",\"click\")");
        await Post("erin", erin, null, 1, QuotingConsent.DoNotQuote, "SECRET-erin-first idea.", highlighted: true);
        await Post("erin-2", erin, inTheWay, 1, QuotingConsent.DoNotQuote, "SECRET-erin-second idea.");
        await Post("dev-hidden", dev, whatWorked, 2, QuotingConsent.QuoteWithName, "HIDDEN-dev-text, hidden by a moderator.", PostStatus.Hidden, highlighted: true);
        await Post("amina-withdrawn", amina, inTheWay, 2, QuotingConsent.QuoteWithName, "WITHDRAWN-amina-text.", PostStatus.Withdrawn);
        await Post("dev-held", dev, inTheWay, 2, QuotingConsent.QuoteWithName, "HELD-dev-text waiting.", PostStatus.Held);
        await Post("moderator", moderator, null, 0, QuotingConsent.QuoteWithName, "Welcome to the debate.", kind: PostKind.Moderator);

        Synthesis = new Synthesis
        {
            DebateId = debate.Id, CreatedById = moderator.Id, CreatedAt = Opens.AddDays(4), UpdatedAt = Opens.AddDays(4),
            Summary = $"Navigators helped {Citations.Of(Posts["amina"])}. Some stories stay private {Citations.Of(Posts["carla"])}, and caregivers {Citations.Of(Posts["bruno-reply"])} agree with {Citations.Of(Posts["amina"])}.",
            Agreements = $"- **Everyone** agreed on respite {Citations.Of(Posts["erin"])}",
            Recommendations = "1. Fund navigators.",
        };
        db.Syntheses.Add(Synthesis);
        await db.SaveChangesAsync();
    }

    /// <summary>The synthesis composed now, written in <paramref name="language"/>.</summary>
    internal async Task<SynthesisDocument> DocumentAsync(int? version = 1, string language = "en")
    {
        using var scope = Scope();
        var synthesis = new Synthesis { Id = Synthesis.Id, DebateId = Synthesis.DebateId, Language = language };
        var (document, errors) = await scope.ServiceProvider.GetRequiredService<SynthesisComposer>()
            .ComposeAsync(synthesis, SynthesisComposer.SectionsOf(Synthesis), version);
        Assert.Empty(errors);
        return document!;
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
