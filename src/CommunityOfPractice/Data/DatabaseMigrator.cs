using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Data;

/// <summary>Applies pending migrations at start-up (never EnsureCreated) and tunes SQLite for concurrent readers.</summary>
internal static class DatabaseMigrator
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

    /// <summary>
    /// Holds PostgreSQL's session advisory lock while start-up prepares the shared database (migrations, roles,
    /// defaults), so nodes starting together do it one after the other. SQLite serves one machine: nothing to hold.
    /// </summary>
    public static async Task<IAsyncDisposable> StartUpLockAsync(CommunityDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return new Released();
        }
        var connection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using (var command = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({StartUpLockKey})", connection))
        {
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        // Closing the session releases the lock.
        return connection;
    }

    /// <summary>An arbitrary constant every node agrees on.</summary>
    private const long StartUpLockKey = 4_711_0815;

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
