using CommunityOfPractice.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Where scheduled transitions, reminders and mail sends are kept, so that they survive a restart.</summary>
internal static class JobStorages
{
    /// <summary>The embedded profile: a SQLite file of its own beside the database.</summary>
    /// <remarks>
    /// Its own file, not the community database: Hangfire's queue polling and lock rows are frequent small writes, and
    /// SQLite has one writer per file, so sharing it would make a member's post wait behind the job server's bookkeeping.
    /// </remarks>
    public static JobStorage Sqlite(DataFolder data) => new SQLiteStorage(Path.Combine(data.Root, "jobs.db"), new SQLiteStorageOptions
    {
        // Time-boxed windows must be seen to open and close within seconds, and an enqueued mail sent at once.
        QueuePollInterval = TimeSpan.FromSeconds(1),
        // A process killed while it holds a lock leaves it behind: the next start takes it over after this long.
        DistributedLockLifetime = TimeSpan.FromSeconds(15),
    });

    /// <summary>The scale-out profile: shared by every node, so a job is taken by one of them and survives a node's restart.</summary>
    public static JobStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            EnableLongPolling = true,
            // A node killed while it holds one of Hangfire's locks (the scheduler's takes milliseconds) leaves
            // the row behind; the others take it over after this long instead of the default ten minutes.
            DistributedLockTimeout = TimeSpan.FromSeconds(15),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
