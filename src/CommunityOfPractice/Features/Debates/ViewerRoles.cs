namespace CommunityOfPractice.Features.Debates;

internal sealed record ViewerRoles(bool IsMember, bool IsModerator);
