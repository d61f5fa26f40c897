namespace CommunityOfPractice.Features.Syntheses;

internal sealed record Quote(long PostId, string Text, string Attribution);
