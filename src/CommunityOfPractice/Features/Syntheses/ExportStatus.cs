namespace CommunityOfPractice.Features.Syntheses;

internal enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
