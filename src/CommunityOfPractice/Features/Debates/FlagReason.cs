namespace CommunityOfPractice.Features.Debates;

public enum FlagReason
{
    Spam,
    Abusive,
    OffTopic,
    DisclosesHealthInformation,
    Other,
}
