namespace CommunityOfPractice.Features.Standards;

/// <summary>What a digest says of a consultation round.</summary>
public enum DigestRoundNews
{
    Opened,
    ClosesSoon,
    Closed,
}
