using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Standards;

/// <summary>The consultation pages' live channel, one topic per round (<see cref="LiveChannel{TEvent}"/>).</summary>
internal sealed class ConsultationNotifier(ILogger<ConsultationNotifier> logger) : LiveChannel<ConsultationEvent>(logger)
{
    protected override int TopicOf(ConsultationEvent liveEvent) => liveEvent.RoundId;

    protected override ConsultationEvent Resync(int topic) => new(topic, null, 0);

    protected override bool FromAnotherNode(ConsultationEvent liveEvent) => liveEvent.FromAnotherNode;
}
