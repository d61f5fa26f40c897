using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>The first administrator's one-time setup secret, as the database keeps it.</summary>
public sealed class SetupTokenTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private async Task<T> WithTokensAsync<T>(Func<SetupToken, CommunityDbContext, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<SetupToken>(), scope.ServiceProvider.GetRequiredService<CommunityDbContext>());
    }

    [Fact]
    public async Task The_issued_token_matches_a_forged_one_does_not_and_only_its_hash_is_stored()
    {
        var issued = await WithTokensAsync((tokens, _) => tokens.IssueAsync());
        Assert.True(issued.Length >= 32, $"A setup token should be long enough not to be guessed, not {issued.Length} characters.");
        Assert.True(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(issued)), "The issued token should match.");
        var forged = issued[..^1] + (issued[^1] == 'a' ? 'b' : 'a');
        Assert.False(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(forged)), "A token differing in one character should not match.");
        Assert.False(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(null)), "No token should not match.");
        Assert.False(await WithTokensAsync((_, db) => db.SetupTokens.AnyAsync(t => t.Hash == issued)), "The database should keep the token's hash, never the token.");
    }

    [Fact]
    public async Task A_token_can_be_spent_only_once()
    {
        var issued = await WithTokensAsync((tokens, _) => tokens.IssueAsync());
        var spends = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WithTokensAsync((tokens, _) => tokens.TrySpendAsync(issued))));
        Assert.Equal(1, spends.Count(spent => spent));
        Assert.False(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(issued)), "A spent token should no longer match.");
    }

    [Fact]
    public async Task A_token_stops_working_when_its_lifetime_ends()
    {
        // On a whole second: SQLite keeps instants to a tenth of a millisecond, and the expiry is then exact.
        var now = app.Clock.GetUtcNow();
        app.Clock.SetUtcNow(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1));
        var issued = await WithTokensAsync((tokens, _) => tokens.IssueAsync());
        app.Clock.Advance(SetupToken.Lifetime - TimeSpan.FromTicks(1));
        Assert.True(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(issued)), "The token should still work one tick before it expires.");
        app.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.False(await WithTokensAsync((tokens, _) => tokens.MatchesAsync(issued)), "The token should not work at the instant it expires.");
        Assert.False(await WithTokensAsync((tokens, _) => tokens.TrySpendAsync(issued)), "An expired token should not be spent.");
    }
}
