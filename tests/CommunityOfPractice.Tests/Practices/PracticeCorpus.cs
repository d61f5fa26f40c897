using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Tests.Practices;

/// <summary>A real SQLite file, migrated, holding a small known set of published entries and their FTS5 index.</summary>
public sealed class PracticeCorpus : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cop-practices-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider services = default!;

    public static readonly PracticeContent[] Entries =
    [
        new() { Title = "Santé communautaire et pairs aidants", Summary = "Des pairs aidants accompagnent des personnes vivant avec le diabète.", Body = "Un programme de santé communautaire au Sénégal.", Language = "fr", Countries = "SN", NcdAreas = NcdAreas.Diabetes, Involvement = InvolvementTypes.PeerSupport, YearFrom = 2017, YearTo = 2019, Tags = "peer support" },
        new() { Title = "Peer support groups for diabetes", Summary = "Groups led by people living with diabetes.", Body = "Weekly meetings in Nairobi clinics.", Language = "en", Countries = "KE", NcdAreas = NcdAreas.Diabetes, Involvement = InvolvementTypes.PeerSupport, YearFrom = 2018 },
        new() { Title = "A seat on the national NCD council", Summary = "People living with NCDs vote on the national plan.", Body = "The council also runs peer exchanges once a year.", Language = "en", Countries = "MX", NcdAreas = NcdAreas.Cancer | NcdAreas.Diabetes, Involvement = InvolvementTypes.GovernanceSeat, YearFrom = 2019 },
        new() { Title = "Co-designing cancer services", Summary = "Patients and clinicians redesigned the care pathway together.", Body = "Workshops over six months in Lyon.", Language = "en", Countries = "FR", NcdAreas = NcdAreas.Cancer, Involvement = InvolvementTypes.CoDesign, YearFrom = 2020 },
        new() { Title = "Participación en la investigación respiratoria", Summary = "Personas con EPOC coinvestigadoras.", Body = "Un estudio en Perú y Chile.", Language = "es", Countries = "PE,CL", NcdAreas = NcdAreas.ChronicRespiratoryDisease, Involvement = InvolvementTypes.ResearchPartnership | InvolvementTypes.CoDesign, YearFrom = 2021 },
    ];

    public IServiceScope Scope() => services.CreateScope();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var collection = new ServiceCollection();
        collection.AddSingleton(TimeProvider.System);
        collection.AddCommunityData(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")};Pooling=false");
        collection.AddPractices();
        services = collection.BuildServiceProvider();
        using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await DatabaseMigrator.MigrateAsync(db);
        var user = new AppUser { UserName = "a@example.org", Email = "a@example.org", DisplayName = "A" };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var (content, index) in Entries.Select((c, i) => (c, i)))
        {
            var practice = new Practice { Slug = PracticeSlug.From(content.Title), SubmitterId = user.Id, Status = PracticeStatus.Published, Content = content.Copy(), CreatedAt = at, UpdatedAt = at };
            db.Practices.Add(practice);
            await db.SaveChangesAsync();
            var revision = new PracticeRevision { PracticeId = practice.Id, Number = 1, Content = content.Copy(), PublishedAt = at.AddDays(index), PublishedById = user.Id };
            db.PracticeRevisions.Add(revision);
            await db.SaveChangesAsync();
            practice.PublicRevisionId = revision.Id;
            practice.FirstPublishedAt = revision.PublishedAt;
        }
        // A draft: never in the index, never in the catalog.
        db.Practices.Add(new Practice { Slug = "draft-secret", SubmitterId = user.Id, Status = PracticeStatus.Draft, Content = new PracticeContent { Title = "Secret diabetes draft", Countries = "KE" }, CreatedAt = at, UpdatedAt = at });
        await db.SaveChangesAsync();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PracticeSearchIndex>().EnsureCompleteAsync(),
            "The corpus entries were saved without indexing them, so the search index should have been rebuilt from their public revisions.");
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
