using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Pages.Room;

/// <summary>
/// What a member is writing in a room, held by the room rather than by the composer: the composer opens under the post
/// it answers and goes back to the foot of the room for a new thread, a new component each time, and the words, the
/// guiding question and the quoting choice go with it. It keeps the text on the server a second after the last
/// keystroke (<see cref="PostDrafts"/>), so a reload, a dropped connection or another device finds it again, and keeps
/// what was typed since when the room closes.
/// </summary>
public sealed class ComposerDraft(IServiceScopeFactory scopes, TimeProvider clock, string viewerId, int debateId) : IAsyncDisposable
{
    private readonly SemaphoreSlim saving = new(1, 1);
    private ITimer? saveTimer;
    private bool unsaved;
    private long? savedParent;

    public string Text { get; set; } = "";

    public int Question { get; set; }

    public QuotingConsent Consent { get; set; } = QuotingConsent.QuoteAnonymously;

    /// <summary>The post the kept draft answered, read by <see cref="LoadAsync"/>.</summary>
    public long? KeptParentId { get; private set; }

    public bool Loaded { get; private set; }

    /// <summary>Reads the member's kept draft and quoting choice, once per room.</summary>
    public async Task LoadAsync(QuotingConsent? defaultConsent, CancellationToken cancellationToken = default)
    {
        if (Loaded)
        {
            return;
        }
        Loaded = true;
        Consent = defaultConsent ?? QuotingConsent.QuoteAnonymously;
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<PostDrafts>().FindAsync(viewerId, debateId, cancellationToken) is { } kept)
        {
            Text = kept.Text;
            KeptParentId = savedParent = kept.ParentId;
        }
    }

    /// <summary>A draft already read (as <see cref="LoadAsync"/> would have): what a composer starts from without the database.</summary>
    internal void Restore(string text, long? parentId, QuotingConsent consent)
    {
        (Text, KeptParentId, savedParent, Consent, Loaded) = (text, parentId, parentId, consent, true);
    }

    /// <summary>The text changed (or now answers another post): it is kept a second after the last change.</summary>
    public void Changed(long? parentId)
    {
        unsaved = true;
        savedParent = parentId;
        saveTimer ??= clock.CreateTimer(_ => _ = SaveAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        saveTimer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
    }

    /// <summary>The text was posted: the draft is gone, here and on the server.</summary>
    public async Task PostedAsync()
    {
        Text = "";
        await saving.WaitAsync();
        try
        {
            unsaved = false;
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PostDrafts>().DiscardAsync(viewerId, debateId);
        }
        finally
        {
            saving.Release();
        }
    }

    private async Task SaveAsync()
    {
        await saving.WaitAsync();
        try
        {
            if (!unsaved)
            {
                return;
            }
            unsaved = false;
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PostDrafts>().SaveAsync(viewerId, debateId, savedParent, Text);
        }
        finally
        {
            saving.Release();
        }
    }

    /// <summary>The room closes (another page, a closed tab): what was typed since the last save is kept too.</summary>
    public async ValueTask DisposeAsync()
    {
        saveTimer?.Dispose();
        if (unsaved)
        {
            try
            {
                await SaveAsync();
            }
            catch (ObjectDisposedException)
            {
                // The server is stopping: the words of the last second are lost, the rest was kept as typed.
            }
        }
    }
}
