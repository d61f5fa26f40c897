namespace CommunityOfPractice.Features.Files;

/// <summary>
/// Where uploads and exports are kept, under keys such as <c>letters/&lt;random&gt;.pdf</c> (see <see cref="FileKey"/>):
/// a folder in the embedded profile, PostgreSQL in the scale-out profile, so every node reads what any node wrote.
/// </summary>
public interface IFileStore
{
    /// <summary>Makes sure the store can take files (its folders, or its tables); run at start-up, under the start-up lock.</summary>
    Task PrepareAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores what <paramref name="write"/> writes under <paramref name="key"/>, replacing what was there. Readers see
    /// the old content or the new, never part of it; if <paramref name="write"/> throws, nothing changes.
    /// The stream given to <paramref name="write"/> takes asynchronous writes only. Returns the length written.
    /// </summary>
    Task<long> WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default);

    /// <summary>Stores a copy of <paramref name="content"/> under <paramref name="key"/>, as the other overload does.</summary>
    Task<long> WriteAsync(string key, Stream content, CancellationToken cancellationToken = default) =>
        WriteAsync(key, (target, token) => content.CopyToAsync(target, token), cancellationToken);

    /// <summary>The content under <paramref name="key"/>, for asynchronous reads, or null when there is none. The caller disposes it.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the content under <paramref name="key"/>; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
