using CommunityOfPractice.Features.Live;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>An export's progress reaches the builder pages open on the other nodes, whichever node runs the export.</summary>
internal sealed class ExportNodeRelay(SynthesisExportNotifier notifier) : INodeRelay
{
    public static readonly NodeTopic<ExportProgress> Topic = new NodeTopic<ExportProgress>("export");

    public void Connect(INodeBus bus) => bus.Relay(Topic, notifier.ForwardTo, notifier.Deliver);
}
