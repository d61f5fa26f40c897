using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Data;

/// <summary>Applies pending migrations at start-up (never EnsureCreated) and tunes SQLite for concurrent readers.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(CommunityDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
    }
}
