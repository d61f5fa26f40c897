using System.Buffers;
using System.Data;
using Npgsql;

namespace CommunityOfPractice.Features.Files;

/// <summary>
/// The scale-out profile's store: files in PostgreSQL, which every node reaches, as rows of at most
/// <see cref="ChunkSize"/> bytes, written and read one chunk at a time so no file is ever held whole in memory.
/// Its two tables live in their own schema, created here with plain SQL: they are no part of the EF model.
/// </summary>
internal sealed class PostgreSqlFileStore(NpgsqlDataSource source) : IFileStore, IAsyncDisposable, IDisposable
{
    /// <summary>Small enough to buffer one per reader or writer, large enough that a 10 MB file is 40 rows.</summary>
    public const int ChunkSize = 256 * 1024;

    /// <summary>Serialises the schema's creation between nodes; an arbitrary constant every node agrees on.</summary>
    private const long SchemaLockKey = 4_711_0816;

    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        // One batch is one transaction: the transaction-scoped lock makes nodes that start together create it in turn.
        await using var command = source.CreateCommand($"""
            SELECT pg_advisory_xact_lock({SchemaLockKey});
            CREATE SCHEMA IF NOT EXISTS file_store;
            CREATE TABLE IF NOT EXISTS file_store.files (
                key text PRIMARY KEY,
                length bigint NOT NULL,
                written_at timestamptz NOT NULL DEFAULT now());
            CREATE TABLE IF NOT EXISTS file_store.chunks (
                key text NOT NULL REFERENCES file_store.files (key) ON DELETE CASCADE,
                ordinal integer NOT NULL,
                data bytea NOT NULL,
                PRIMARY KEY (key, ordinal));
            """);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        FileKey.Checked(key);
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The upsert locks the key's row before anything else: a second writer of the same key waits for this
        // transaction, and readers keep seeing the previous content until it commits.
        await ExecuteAsync(connection, "INSERT INTO file_store.files (key, length) VALUES ($1, 0) ON CONFLICT (key) DO UPDATE SET length = 0, written_at = now()", cancellationToken, key);
        await ExecuteAsync(connection, "DELETE FROM file_store.chunks WHERE key = $1", cancellationToken, key);
        long length;
        await using (var chunks = new ChunkWriter(connection, key))
        {
            await write(chunks, cancellationToken);
            length = await chunks.CompleteAsync(cancellationToken);
        }
        await ExecuteAsync(connection, "UPDATE file_store.files SET length = $2 WHERE key = $1", cancellationToken, key, length);
        await transaction.CommitAsync(cancellationToken);
        return length;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKey.Checked(key);
        var connection = await source.OpenConnectionAsync(cancellationToken);
        try
        {
            // One statement reads one snapshot, so a replacement committed during a download never mixes into it.
            // The left join gives a row even for a file of no bytes; the chunks arrive as they are read.
            // Not disposed here: its reader, which the returned stream owns, is still reading.
            var command = new NpgsqlCommand("SELECT c.data FROM file_store.files f LEFT JOIN file_store.chunks c ON c.key = f.key WHERE f.key = $1 ORDER BY c.ordinal", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            var rows = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var content = new ChunkReader(connection, rows);
            if (await rows.ReadAsync(cancellationToken))
            {
                return content;
            }
            await content.DisposeAsync();
            return null;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKey.Checked(key);
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM file_store.files WHERE key = $1", cancellationToken, key);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    public void Dispose() => source.Dispose();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Gathers what is written into chunks and inserts each as it fills, inside the writer's transaction.</summary>
    private sealed class ChunkWriter(NpgsqlConnection connection, string key) : Stream
    {
        private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int filled;
        private int ordinal;
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            while (source.Length > 0)
            {
                var taken = Math.Min(source.Length, ChunkSize - filled);
                source[..taken].CopyTo(buffer.AsMemory(filled));
                filled += taken;
                length += taken;
                source = source[taken..];
                if (filled == ChunkSize)
                {
                    await InsertChunkAsync(cancellationToken);
                }
            }
        }

        public override Task WriteAsync(byte[] source, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(source.AsMemory(offset, count), cancellationToken).AsTask();

        /// <summary>Inserts the last, partly filled chunk; returns the length of the whole file.</summary>
        public async Task<long> CompleteAsync(CancellationToken cancellationToken)
        {
            if (filled > 0)
            {
                await InsertChunkAsync(cancellationToken);
            }
            return length;
        }

        private async Task InsertChunkAsync(CancellationToken cancellationToken)
        {
            await ExecuteAsync(connection, "INSERT INTO file_store.chunks (key, ordinal, data) VALUES ($1, $2, $3)", cancellationToken,
                key, ordinal++, (ReadOnlyMemory<byte>)buffer.AsMemory(0, filled));
            filled = 0;
        }

        // Full chunks are inserted as they fill and the last one on completion: there is nothing more to flush.
        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        // A synchronous write would block a thread on the database; writers here are asynchronous, as a response body demands.
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The file store takes asynchronous writes only.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Reads the chunks of one file in order, from rows already positioned on the first one; owns its connection.</summary>
    private sealed class ChunkReader(NpgsqlConnection connection, NpgsqlDataReader rows) : Stream
    {
        private Stream? chunk;
        private bool onRow = true;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            while (destination.Length > 0 && onRow)
            {
                if (chunk is null)
                {
                    if (await rows.IsDBNullAsync(0, cancellationToken))
                    {
                        // The one row of a file of no bytes.
                        onRow = false;
                        break;
                    }
                    chunk = await rows.GetStreamAsync(0, cancellationToken);
                }
                var read = await chunk.ReadAsync(destination, cancellationToken);
                if (read > 0)
                {
                    return read;
                }
                await chunk.DisposeAsync();
                chunk = null;
                onRow = await rows.ReadAsync(cancellationToken);
            }
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // A synchronous read would block a thread on the database; downloads are copied asynchronously.
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The file store's content is read asynchronously only.");

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override async ValueTask DisposeAsync()
        {
            if (chunk is not null)
            {
                await chunk.DisposeAsync();
            }
            await rows.DisposeAsync();
            await connection.DisposeAsync();
            await base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                chunk?.Dispose();
                rows.Dispose();
                connection.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
