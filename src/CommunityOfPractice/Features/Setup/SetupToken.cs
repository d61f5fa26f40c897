using System.Security.Cryptography;
using System.Text;
using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Setup;

/// <summary>
/// The one-time secret of the <c>/setup</c> URL. Kept in the database, so a link logged by one node works on any
/// other; only its SHA-256 hash is stored, so reading the database does not give the link. It works once and for
/// <see cref="Lifetime"/>; a start while no administrator exists logs a new one.
/// </summary>
internal sealed class SetupToken(CommunityDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<string> IssueAsync(CancellationToken cancellationToken = default)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var now = clock.GetUtcNow();
        db.SetupTokens.Add(new IssuedSetupToken { Hash = HashOf(token), IssuedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<bool> MatchesAsync(string? candidate, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(candidate))
        {
            return false;
        }
        var hash = HashOf(candidate);
        var now = clock.GetUtcNow();
        return await db.SetupTokens.AnyAsync(t => t.Hash == hash && t.SpentAt == null && t.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Spends the token if it is valid: a conditional update, so true for exactly one caller on any node.</summary>
    public async Task<bool> TrySpendAsync(string? candidate, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(candidate))
        {
            return false;
        }
        var hash = HashOf(candidate);
        var now = clock.GetUtcNow();
        return await db.SetupTokens.Where(t => t.Hash == hash && t.SpentAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.SpentAt, now), cancellationToken) == 1;
    }

    // A 192-bit random secret needs no salt or slow hash: nobody can guess it, only compare against a leaked hash.
    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
