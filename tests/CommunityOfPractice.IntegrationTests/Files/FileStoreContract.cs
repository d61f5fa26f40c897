using CommunityOfPractice.Features.Files;

namespace CommunityOfPractice.IntegrationTests.Files;

/// <summary>What every file store promises; each store's test class runs these against the real thing.</summary>
public abstract class FileStoreContract
{
    /// <summary>Four full chunks of the PostgreSQL store and a partial fifth.</summary>
    protected const int MultiChunkLength = (4 * 256 * 1024) + 123;

    protected abstract IFileStore Store { get; }

    protected static string NewKey() => $"exports/{Guid.NewGuid():N}.bin";

    protected static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    protected async Task<byte[]?> ReadAsync(string key)
    {
        await using var content = await Store.OpenReadAsync(key);
        if (content is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_file_of_several_chunks_written_in_uneven_pieces_reads_back_byte_for_byte()
    {
        var content = Bytes(MultiChunkLength, 1);
        var key = NewKey();

        var length = await Store.WriteAsync(key, async (target, token) =>
        {
            // A prime step makes the pieces straddle every chunk boundary.
            for (var offset = 0; offset < content.Length; offset += 7919)
            {
                await target.WriteAsync(content.AsMemory(offset, Math.Min(7919, content.Length - offset)), token);
            }
        });

        Assert.Equal(content.Length, length);
        Assert.Equal(content, await ReadAsync(key));
    }

    [Fact]
    public async Task Writing_a_key_again_replaces_all_of_its_content()
    {
        var key = NewKey();
        await Store.WriteAsync(key, new MemoryStream(Bytes(700_000, 2)));
        var shorter = Bytes(1000, 3);

        await Store.WriteAsync(key, new MemoryStream(shorter));

        Assert.Equal(shorter, await ReadAsync(key));
    }

    [Fact]
    public async Task A_deleted_key_reads_as_absent_and_deleting_it_again_changes_nothing()
    {
        var key = NewKey();
        await Store.WriteAsync(key, new MemoryStream(Bytes(300_000, 4)));

        await Store.DeleteAsync(key);
        Assert.Null(await ReadAsync(key));
        await Store.DeleteAsync(key);
        Assert.Null(await ReadAsync(key));
    }

    [Fact]
    public async Task A_key_never_written_reads_as_absent_and_deletes_without_error()
    {
        var key = NewKey();
        Assert.Null(await Store.OpenReadAsync(key));
        await Store.DeleteAsync(key);
        Assert.Null(await Store.OpenReadAsync(key));
    }

    [Fact]
    public async Task A_file_of_no_bytes_is_kept_and_reads_as_empty()
    {
        var key = NewKey();
        Assert.Equal(0, await Store.WriteAsync(key, new MemoryStream()));
        Assert.Equal(Array.Empty<byte>(), await ReadAsync(key));
    }

    [Fact]
    public async Task A_write_that_fails_half_way_leaves_the_previous_content_and_no_new_key()
    {
        var key = NewKey();
        var previous = Bytes(10_000, 5);
        await Store.WriteAsync(key, new MemoryStream(previous));
        async Task FailingWrite(Stream target, CancellationToken token)
        {
            await target.WriteAsync(Bytes(600_000, 6), token);
            throw new InvalidOperationException("The export failed half way.");
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteAsync(key, FailingWrite));
        var fresh = NewKey();
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteAsync(fresh, FailingWrite));

        Assert.Equal(previous, await ReadAsync(key));
        Assert.Null(await ReadAsync(fresh));
    }

    [Fact]
    public async Task A_reader_sees_the_previous_content_while_a_replacement_is_being_written()
    {
        var key = NewKey();
        var before = Bytes(400_000, 7);
        await Store.WriteAsync(key, new MemoryStream(before));
        var after = Bytes(900_000, 8);
        var halfWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writing = Store.WriteAsync(key, async (target, token) =>
        {
            await target.WriteAsync(after.AsMemory(0, 600_000), token);
            halfWritten.SetResult();
            await finish.Task;
            await target.WriteAsync(after.AsMemory(600_000), token);
        });
        await halfWritten.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(before, await ReadAsync(key));
        finish.SetResult();
        await writing.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(after, await ReadAsync(key));
    }

    [Fact]
    public async Task A_download_under_way_ends_with_what_it_opened_when_the_key_is_replaced_and_deleted()
    {
        var key = NewKey();
        var opened = Bytes(MultiChunkLength, 9);
        await Store.WriteAsync(key, new MemoryStream(opened));
        await using var download = await Store.OpenReadAsync(key);
        Assert.NotNull(download);
        var start = new byte[1000];
        await download.ReadExactlyAsync(start);

        await Store.WriteAsync(key, new MemoryStream(Bytes(500, 10)));
        await Store.DeleteAsync(key);

        using var rest = new MemoryStream();
        await download.CopyToAsync(rest);
        Assert.Equal(opened, start.Concat(rest.ToArray()).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("../community.db")]
    [InlineData("letters/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("letters\\..\\x.pdf")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("letters/")]
    [InlineData("letters//x.pdf")]
    [InlineData("letters/.hidden")]
    [InlineData("letters/x y.pdf")]
    [InlineData("letters/x.pdf\0.png")]
    [InlineData("letters/%2e%2e/x.pdf")]
    public async Task A_hostile_key_is_refused_by_every_operation(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, new MemoryStream([1, 2, 3])));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
    }

    [Fact]
    public async Task A_key_longer_than_the_limit_is_refused()
    {
        var key = "exports/" + new string('a', FileKey.MaxLength);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, new MemoryStream([1])));
    }
}
