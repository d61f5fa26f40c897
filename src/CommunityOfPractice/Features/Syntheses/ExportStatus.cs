namespace CommunityOfPractice.Features.Syntheses;

public enum ExportStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
