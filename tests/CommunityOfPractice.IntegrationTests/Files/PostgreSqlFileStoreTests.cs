using CommunityOfPractice.Features.Files;
using CommunityOfPractice.IntegrationTests.Hosting;
using Npgsql;

namespace CommunityOfPractice.IntegrationTests.Files;

/// <summary>The scale-out profile's store, on a throwaway database of the suite's PostgreSQL server.</summary>
public sealed class PostgreSqlFileStoreTests : FileStoreContract, IAsyncLifetime
{
    private string connectionString = "";
    private PostgreSqlFileStore store = default!;

    protected override IFileStore Store => store;

    public async Task InitializeAsync()
    {
        connectionString = await PostgreSqlServer.CreateDatabaseAsync();
        store = new PostgreSqlFileStore(NpgsqlDataSource.Create(connectionString));
        await store.PrepareAsync();
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task A_file_is_kept_as_rows_of_at_most_256_KB_and_its_length()
    {
        var key = NewKey();
        await Store.WriteAsync(key, new MemoryStream(Bytes(MultiChunkLength, 12)));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*), max(length(c.data)), min(f.length) FROM file_store.chunks c JOIN file_store.files f ON f.key = c.key WHERE c.key = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), "no answer from the chunk count");
        Assert.Equal(5L, row.GetInt64(0));
        Assert.Equal(PostgreSqlFileStore.ChunkSize, row.GetInt32(1));
        Assert.Equal(MultiChunkLength, row.GetInt64(2));
    }

    [Fact]
    public async Task Nodes_preparing_one_database_at_the_same_moment_all_succeed()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync();
        var nodes = Enumerable.Range(0, 3).Select(_ => new PostgreSqlFileStore(NpgsqlDataSource.Create(database))).ToList<IFileStore>();
        try
        {
            await Task.WhenAll(nodes.Select(node => Task.Run(() => node.PrepareAsync())));
            await nodes[0].PrepareAsync();

            await nodes[1].WriteAsync("letters/prepared.pdf", new MemoryStream([7]));
            await using var written = await nodes[2].OpenReadAsync("letters/prepared.pdf");
            Assert.NotNull(written);
        }
        finally
        {
            foreach (var node in nodes.Cast<PostgreSqlFileStore>())
            {
                await node.DisposeAsync();
            }
        }
    }
}
