using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Features.Standards.Pages;
using CommunityOfPractice.Web.Platform;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Standards;

/// <summary>
/// The consultation page's live support counts, as server-sent events. The page is static and needs no circuit for
/// them: its <c>&lt;live-support-counts&gt;</c> element (js/consultation.js) opens this stream, which sends every count
/// of the shown section at once (so what changed between the page's render and now is caught up), then each count that
/// changes, in the reader's language: <c>[[proposalId, "3 supports"], …]</c>. It hears the round's events on this node,
/// which the node relay fills with those of the other nodes. A reader who falls behind gets every count again.
/// </summary>
internal static class LiveSupportCountStream
{
    /// <summary>The events' type, which the page listens for.</summary>
    public const string EventType = "counts";

    /// <summary>The stream of one section's counts in one round, relative to the base address.</summary>
    public static string Address(int roundId, int sectionId) => $"standards/rounds/{roundId}/sections/{sectionId}/counts";

    public static void MapLiveSupportCounts(this WebApplication app) =>
        app.MapGet("/standards/rounds/{roundId:int}/sections/{sectionId:int}/counts", async (int roundId, int sectionId, StandardDesk desk, ConsultationNotifier notifier,
            IStringLocalizer<SharedResource> L, IHostApplicationLifetime lifetime, HttpContext context) =>
        {
            if (!await desk.FollowsLiveAsync(roundId, sectionId, context.RequestAborted))
            {
                return Results.NotFound();
            }
            // A proxy in front of the nodes (nginx) would otherwise hold the events back until its buffer fills.
            context.Response.Headers["X-Accel-Buffering"] = "no";
            return TypedResults.ServerSentEvents(StreamAsync(roundId, sectionId, desk, notifier, L, lifetime.ApplicationStopping), EventType);
        })
            .RequireAuthorization(Policies.Member)
            .ExcludeFromDescription();

    private static async IAsyncEnumerable<string> StreamAsync(int roundId, int sectionId, StandardDesk desk, ConsultationNotifier notifier, IStringLocalizer L,
        CancellationToken stopping, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The stream ends when the reader leaves, or when the app stops (the browser then reconnects to another node).
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(stopping, cancellationToken);
        // One event waits here at a time: a reader slower than the round backs up the channel's own queue, which
        // overflows into one "read them all again" (a null proposal) instead of growing.
        var events = Channel.CreateBounded<ConsultationEvent>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        async Task HearAsync(ConsultationEvent liveEvent)
        {
            try
            {
                await events.Writer.WriteAsync(liveEvent, ended.Token);
            }
            catch (OperationCanceledException)
            {
                // The reader has left: the subscription goes with the stream.
            }
        }
        // Subscribed before the first read, so no support falls between what it read and the first event.
        using var subscription = notifier.Subscribe(roundId, HearAsync, LiveChannel<ConsultationEvent>.DefaultCapacity);
        var counts = await desk.SupportCountsAsync(roundId, sectionId, ended.Token);
        var shown = counts.Keys.ToHashSet();
        yield return Words(L, counts.Select(c => (c.Key, c.Value)));
        while (!ended.IsCancellationRequested)
        {
            ConsultationEvent liveEvent;
            try
            {
                liveEvent = await events.Reader.ReadAsync(ended.Token);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            if (liveEvent.ProposalId is not { } proposalId)
            {
                counts = await desk.SupportCountsAsync(roundId, sectionId, ended.Token);
                yield return Words(L, counts.Select(c => (c.Key, c.Value)));
            }
            else if (shown.Contains(proposalId))
            {
                yield return Words(L, [(proposalId, liveEvent.SupportCount)]);
            }
        }
    }

    private static string Words(IStringLocalizer L, IEnumerable<(long ProposalId, int Count)> counts) =>
        JsonSerializer.Serialize(counts.Select(c => new object[] { c.ProposalId, SupportCount.Words(L, c.Count) }));
}
