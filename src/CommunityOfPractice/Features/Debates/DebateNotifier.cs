using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Debates;

/// <summary>What happened in a debate room; raised only after the change is committed.</summary>
/// <param name="FromAnotherNode">Carried here from another app node (scale-out profile); that node's hub already told the hub clients.</param>
public sealed record DebateEvent(int DebateId, DebateEventKind Kind, long? PostId = null, bool FromAnotherNode = false);

public enum DebateEventKind
{
    PostAdded,
    PostChanged,
    /// <summary>A held post only moderators can see yet.</summary>
    PostHeld,
    StateChanged,
}

/// <summary>
/// The debate rooms' live channel: Blazor circuits subscribe to their debate, the hub relay to every debate; feature
/// services publish after commit and never wait for the rooms (<see cref="LiveChannel{TEvent}"/>). A room that fell
/// behind hears <see cref="DebateEventKind.StateChanged"/> and reloads.
/// </summary>
public sealed class DebateNotifier(ILogger<DebateNotifier> logger) : LiveChannel<DebateEvent>(logger)
{
    protected override int TopicOf(DebateEvent liveEvent) => liveEvent.DebateId;

    protected override DebateEvent Resync(int topic) => new(topic, DebateEventKind.StateChanged);

    protected override bool FromAnotherNode(DebateEvent liveEvent) => liveEvent.FromAnotherNode;
}
