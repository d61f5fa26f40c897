namespace CommunityOfPractice.Features.Standards;

public enum StandardCommentStatus
{
    Published,
    Hidden,
}
