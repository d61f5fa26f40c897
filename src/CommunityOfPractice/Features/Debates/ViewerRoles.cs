namespace CommunityOfPractice.Features.Debates;

public sealed record ViewerRoles(bool IsMember, bool IsModerator);
