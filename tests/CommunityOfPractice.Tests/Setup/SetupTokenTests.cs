using CommunityOfPractice.Features.Setup;

namespace CommunityOfPractice.Tests.Setup;

public sealed class SetupTokenTests
{
    [Fact]
    public void The_issued_token_matches_and_a_forged_one_does_not()
    {
        var token = new SetupToken();
        var issued = token.Issue();
        Assert.True(issued.Length >= 32, $"The issued token should be at least 32 characters long, but is {issued.Length}.");
        Assert.True(token.Matches(issued), "The issued token should match itself.");
        Assert.False(token.Matches(issued[..^1] + (issued[^1] == 'a' ? 'b' : 'a')),
            "A token that differs from the issued one in its last character should not match.");
        Assert.False(token.Matches(null), "A missing token should not match.");
    }

    [Fact]
    public void A_token_can_be_spent_only_once()
    {
        var token = new SetupToken();
        var issued = token.Issue();
        Assert.True(token.TrySpend(issued), "The issued token should be spendable once.");
        Assert.False(token.TrySpend(issued), "The issued token should not be spendable a second time.");
        Assert.False(token.Matches(issued), "A spent token should no longer match.");
    }

    [Fact]
    public void Nothing_matches_before_a_token_is_issued() =>
        Assert.False(new SetupToken().Matches(""), "An empty token should not match before any token is issued.");
}
