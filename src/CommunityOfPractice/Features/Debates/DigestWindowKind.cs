namespace CommunityOfPractice.Features.Debates;

internal enum DigestWindowKind
{
    /// <summary>Opened during the digest's period and still open.</summary>
    Opened,
    ClosesSoon,
    OpensSoon,
}
