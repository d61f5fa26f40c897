namespace CommunityOfPractice.Features.Syntheses;

public sealed record Quote(long PostId, string Text, string Attribution);
