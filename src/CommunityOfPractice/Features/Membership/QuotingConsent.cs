namespace CommunityOfPractice.Features.Membership;

/// <summary>How a member's words may appear in a synthesis.</summary>
public enum QuotingConsent
{
    QuoteWithName,
    QuoteAnonymously,
    DoNotQuote,
}
