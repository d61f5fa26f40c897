namespace CommunityOfPractice.Features.Syntheses;

internal sealed record ExportProgress(int SynthesisId, int ExportId, ExportStatus Status, int Progress);
