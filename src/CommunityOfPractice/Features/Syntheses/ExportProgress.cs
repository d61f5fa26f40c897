namespace CommunityOfPractice.Features.Syntheses;

public sealed record ExportProgress(int SynthesisId, int ExportId, ExportStatus Status, int Progress);
