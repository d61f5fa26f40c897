namespace CommunityOfPractice.Features.Standards;

/// <summary>What a digest says of a consultation round.</summary>
internal enum DigestRoundNews
{
    Opened,
    ClosesSoon,
    Closed,
}
