using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// Tells the builder pages how their exports advance (<see cref="Live.LiveChannel{TEvent}"/>): the export job never waits
/// for a page. A page that fell behind hears a progress of -1 and re-reads its exports.
/// </summary>
internal sealed class SynthesisExportNotifier(ILogger<SynthesisExportNotifier> logger) : Live.LiveChannel<ExportProgress>(logger)
{
    protected override int TopicOf(ExportProgress liveEvent) => liveEvent.SynthesisId;

    protected override ExportProgress Resync(int topic) => new(topic, 0, ExportStatus.Queued, -1);
}
