using Npgsql;

namespace CommunityOfPractice.Testing;

/// <summary>The throwaway PostgreSQL server tests/run.sh starts; each caller gets a database of its own.</summary>
public static class PostgreSqlServer
{
    /// <summary>True in the suite's PostgreSQL pass (<c>COP_TEST_DATABASE=PostgreSql</c>): every app factory runs on PostgreSQL.</summary>
    public static bool IsTheTestDatabase => string.Equals(Environment.GetEnvironmentVariable("COP_TEST_DATABASE"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("COP_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "COP_TEST_POSTGRES is not set. Run the suite through tests/run.sh, which installs PostgreSQL (apt-get install postgresql) and starts a throwaway server on loopback.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"cop_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }
}
