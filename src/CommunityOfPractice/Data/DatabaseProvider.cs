namespace CommunityOfPractice.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one SQLite file in the data folder.</summary>
    Sqlite,
    /// <summary>The scale-out profile.</summary>
    PostgreSql,
}
