using CommunityOfPractice.Features.Setup;

namespace CommunityOfPractice.Tests.Setup;

public sealed class SetupTokenTests
{
    [Fact]
    public void The_issued_token_matches_and_a_forged_one_does_not()
    {
        var token = new SetupToken();
        var issued = token.Issue();
        Assert.True(issued.Length >= 32);
        Assert.True(token.Matches(issued));
        Assert.False(token.Matches(issued[..^1] + (issued[^1] == 'a' ? 'b' : 'a')));
        Assert.False(token.Matches(null));
    }

    [Fact]
    public void A_token_can_be_spent_only_once()
    {
        var token = new SetupToken();
        var issued = token.Issue();
        Assert.True(token.TrySpend(issued));
        Assert.False(token.TrySpend(issued));
        Assert.False(token.Matches(issued));
    }

    [Fact]
    public void Nothing_matches_before_a_token_is_issued() => Assert.False(new SetupToken().Matches(""));
}
