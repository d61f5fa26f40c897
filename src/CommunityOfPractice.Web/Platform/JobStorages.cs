using CommunityOfPractice.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using CommunityOfPractice.Web.Platform.Settings;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Where scheduled transitions, reminders and mail sends are kept, so that they survive a restart.</summary>
internal static class JobStorages
{
    /// <summary>
    /// The embedded profile: <c>Jobs:Storage</c> is <c>Sqlite</c> (the default), a file of its own beside the database
    /// (<c>Jobs:File</c>, <c>jobs.db</c> by default), or <c>Memory</c>, which forgets scheduled jobs when the process stops
    /// (the reconcilers then catch up at the next start): the reference the benchmarks compare with, and a way back.
    /// </summary>
    public static JobStorage Embedded(JobsOptions jobs, DataFolder data) => jobs.Storage == JobStorageKind.Memory
        ? new Hangfire.InMemory.InMemoryStorage()
        : Sqlite(Path.Combine(data.Root, jobs.File));

    /// <summary>A SQLite file in WAL mode, so the job server's writes never block a reader.</summary>
    /// <remarks>
    /// Its own file by default, not the community database: Hangfire's queue polling and lock rows are frequent small
    /// writes, and SQLite has one writer per file, so sharing it makes a member's post wait behind the job server's
    /// bookkeeping (README, "Background jobs", has the figures of both).
    /// </remarks>
    public static JobStorage Sqlite(string path) => new SQLiteStorage(path, new SQLiteStorageOptions
    {
        JournalMode = SQLiteStorageOptions.JournalModes.WAL,
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
