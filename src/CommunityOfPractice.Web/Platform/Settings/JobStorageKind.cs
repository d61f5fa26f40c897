namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>Where the embedded profile's jobs are kept.</summary>
internal enum JobStorageKind
{
    /// <summary>A SQLite file of their own: scheduled jobs survive a restart.</summary>
    Sqlite,

    /// <summary>In memory: scheduled jobs are forgotten at a stop, and the reconcilers catch up at the next start.</summary>
    Memory,
}
