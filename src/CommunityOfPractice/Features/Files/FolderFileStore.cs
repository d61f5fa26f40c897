using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Files;

/// <summary>
/// The embedded profile's store: files on this machine's disk, one folder per key's first segment
/// (<c>letters/x.pdf</c> is <c>x.pdf</c> in the letters' folder). Writes go to a temporary file beside the target,
/// then a rename puts it in place, so a reader opens the old file or the new one, never a half-written one.
/// </summary>
internal sealed class FolderFileStore(IReadOnlyDictionary<string, string> folders) : IFileStore
{
    private const int BufferSize = 81_920;

    /// <summary>Each kind of file in the folder it had before the store existed, so an existing data folder is read as it is.</summary>
    public static FolderFileStore In(DataFolder data) => new(new Dictionary<string, string>
    {
        ["letters"] = data.Uploads,
        ["practices"] = Path.Combine(data.Uploads, "practices"),
        ["exports"] = Path.Combine(data.Root, "exports"),
    });

    public Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        foreach (var folder in folders.Values)
        {
            Directory.CreateDirectory(folder);
        }
        return Task.CompletedTask;
    }

    public async Task<long> WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Beside the target, so the rename stays within one file system and is atomic.
        var partial = $"{path}.{Guid.NewGuid():N}.part";
        try
        {
            long length;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await write(file, cancellationToken);
                length = file.Length;
            }
            File.Move(partial, path, overwrite: true);
            return length;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            // FileShare.Delete: a replacement or a deletion does not wait for a download to finish.
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever stored in that folder: nothing to delete.
        }
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var slash = FileKey.Checked(key).IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && folders.TryGetValue(key[..slash], out var folder)
            ? Path.Combine(folder, key[(slash + 1)..].Replace('/', Path.DirectorySeparatorChar))
            : throw new ArgumentException($"\"{key}\" does not start with a folder of this store ({string.Join(", ", folders.Keys)}).", nameof(key));
    }
}
