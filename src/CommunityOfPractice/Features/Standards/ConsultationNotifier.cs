using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Standards;

/// <summary>What changed in a round, raised after commit: a proposal's support count, so the open pages update it.</summary>
/// <param name="ProposalId">Null for a resync: the page reloads its counts.</param>
public sealed record ConsultationEvent(int RoundId, long? ProposalId, int SupportCount, bool FromAnotherNode = false);

/// <summary>The consultation pages' live channel, one topic per round (<see cref="LiveChannel{TEvent}"/>).</summary>
public sealed class ConsultationNotifier(ILogger<ConsultationNotifier> logger) : LiveChannel<ConsultationEvent>(logger)
{
    protected override int TopicOf(ConsultationEvent liveEvent) => liveEvent.RoundId;

    protected override ConsultationEvent Resync(int topic) => new(topic, null, 0);

    protected override bool FromAnotherNode(ConsultationEvent liveEvent) => liveEvent.FromAnotherNode;
}
