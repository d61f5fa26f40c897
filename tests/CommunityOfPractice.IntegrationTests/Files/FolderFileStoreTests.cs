using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;

namespace CommunityOfPractice.IntegrationTests.Files;

/// <summary>The embedded profile's store, on a throwaway data folder.</summary>
public sealed class FolderFileStoreTests : FileStoreContract, IAsyncLifetime
{
    private readonly DataFolder data = new(Path.Combine(Path.GetTempPath(), "cop-tests", Guid.NewGuid().ToString("N")));
    private FolderFileStore store = default!;

    protected override IFileStore Store => store;

    public async Task InitializeAsync()
    {
        store = FolderFileStore.In(data);
        await Store.PrepareAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(data.Root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Each_kind_of_file_stays_in_the_folder_earlier_releases_used()
    {
        await Store.WriteAsync("letters/a.pdf", new MemoryStream([1]));
        await Store.WriteAsync("practices/b", new MemoryStream([2]));
        await Store.WriteAsync("exports/3.docx", new MemoryStream([3]));

        Assert.Equal(new byte[] { 1 }, await File.ReadAllBytesAsync(Path.Combine(data.Root, "uploads", "a.pdf")));
        Assert.Equal(new byte[] { 2 }, await File.ReadAllBytesAsync(Path.Combine(data.Root, "uploads", "practices", "b")));
        Assert.Equal(new byte[] { 3 }, await File.ReadAllBytesAsync(Path.Combine(data.Root, "exports", "3.docx")));
    }

    [Fact]
    public async Task A_file_an_earlier_release_left_in_the_data_folder_is_read_through_the_store()
    {
        await File.WriteAllBytesAsync(Path.Combine(data.Uploads, "old-letter.pdf"), [4, 5, 6]);
        Assert.Equal(new byte[] { 4, 5, 6 }, await ReadAsync("letters/old-letter.pdf"));
    }

    [Theory]
    [InlineData("community.db")]
    [InlineData("keys/api-signing.pem")]
    [InlineData("mail/message.eml")]
    public async Task A_key_outside_the_stores_folders_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, new MemoryStream([1])));
    }

    [Fact]
    public async Task Writes_finished_or_failed_leave_no_temporary_file_behind()
    {
        await Store.WriteAsync(NewKey(), new MemoryStream(Bytes(1000, 11)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.WriteAsync(NewKey(), (_, _) => throw new InvalidOperationException("Failed before writing.")));

        var leftovers = Directory.GetFiles(data.Root, "*.part", SearchOption.AllDirectories);
        Assert.True(leftovers.Length == 0, $"temporary files left behind: {string.Join(", ", leftovers)}");
    }
}
