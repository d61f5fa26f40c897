using CommunityOfPractice.Features.Live;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The group pages' live channel, one topic per group (<see cref="LiveChannel{TEvent}"/>).</summary>
internal sealed class WorkingGroupNotifier(ILogger<WorkingGroupNotifier> logger) : LiveChannel<WorkingGroupEvent>(logger)
{
    protected override int TopicOf(WorkingGroupEvent liveEvent) => liveEvent.GroupId;

    protected override WorkingGroupEvent Resync(int topic) => new(topic);

    protected override bool FromAnotherNode(WorkingGroupEvent liveEvent) => liveEvent.FromAnotherNode;
}
