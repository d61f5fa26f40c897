using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>A database made by the previous release's migrations upgrades to this release's, keeping its data, on both providers.</summary>
public sealed class MigrationUpgradeTests
{
    /// <summary>The last migration of the previous release (the good-practice repository); move it on at each release.</summary>
    private const string PreviousRelease = "Practices";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_of_the_previous_release_upgrades_with_its_data(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("cop-upgrade-").FullName;
        var connection = provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(folder, "old.db")};Pooling=false" : await PostgreSqlServer.CreateDatabaseAsync();
        var services = new ServiceCollection().AddCommunityData(provider, connection).BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var previousRelease = migrations.Single(m => m.EndsWith("_" + PreviousRelease, StringComparison.Ordinal));
            Assert.NotEqual(migrations[^1], previousRelease);
            await db.GetService<IMigrator>().MigrateAsync(previousRelease);
            Assert.Contains(migrations[^1], await db.Database.GetPendingMigrationsAsync());

            var author = new AppUser { UserName = "old@example.org", Email = "old@example.org", DisplayName = "Old Member", JoinedAt = DateTimeOffset.UtcNow.AddYears(-1) };
            await InsertIntoOldSchemaAsync(db, provider, author);
            var lastYear = DateTimeOffset.UtcNow.AddYears(-1);
            var debate = new DebateBuilder(author.Id).WithTitle("A debate of last year").WithWindow(lastYear, lastYear.AddDays(3)).WithCreatedAt(lastYear).Build();
            // Written as the old release wrote them: only the columns its schema has (the model has grown since).
            await InsertIntoOldSchemaAsync(db, provider, debate);
            debate.Id = await db.Debates.Where(d => d.Title == debate.Title).Select(d => d.Id).SingleAsync();
            await InsertIntoOldSchemaAsync(db, provider, new PostBuilder(debate.Id, author.Id, "Kept across the upgrade.").WithCreatedAt(debate.OpensAt.AddHours(1)).Build());
            db.ChangeTracker.Clear();

            await DatabaseMigrator.MigrateAsync(db);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal("Kept across the upgrade.", (await db.Posts.SingleAsync(p => p.DebateId == debate.Id)).Markdown);
            // Members of the previous release get the daily digest, the default of new members.
            Assert.Equal(Features.Mail.MailFrequency.Daily, (await db.Users.SingleAsync(u => u.Id == author.Id)).MailFrequency);
            db.Syntheses.Add(new Synthesis { DebateId = debate.Id, CreatedById = author.Id, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Syntheses.CountAsync());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Inserts <paramref name="entity"/> with the columns its table has in the database as it stands, converted as the model stores them.</summary>
    private static async Task InsertIntoOldSchemaAsync(CommunityDbContext db, DatabaseProvider provider, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())!;
        var table = type.GetTableName()!;
        var existing = (provider == DatabaseProvider.Sqlite
                ? await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_table_info({table})").ToListAsync()
                : await db.Database.SqlQuery<string>($"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = {table}").ToListAsync())
            .ToHashSet();
        // Null values are left out: every nullable column defaults to null.
        var columns = type.GetProperties()
            .Where(p => existing.Contains(p.GetColumnName()) && !(p.IsPrimaryKey() && p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never))
            .Select(p =>
            {
                var value = p.PropertyInfo!.GetValue(entity);
                var converter = p.GetTypeMapping().Converter;
                return (Name: p.GetColumnName(), Value: converter is null || value is null ? value : converter.ConvertToProvider(value));
            })
            .Where(c => c.Value is not null)
            .ToList();
        var values = columns.Select(c => c.Value!).ToArray();
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"{{{i}}}"))})";
        await db.Database.ExecuteSqlRawAsync(sql, values);
    }
}
