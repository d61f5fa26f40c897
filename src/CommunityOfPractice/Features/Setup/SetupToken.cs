using System.Security.Cryptography;
using System.Text;

namespace CommunityOfPractice.Features.Setup;

/// <summary>
/// The one-time secret of the <c>/setup</c> URL, held in memory only: a restart while no administrator
/// exists logs a new one, and creating the administrator spends it.
/// </summary>
public sealed class SetupToken
{
    private readonly Lock gate = new();
    private string? token;

    public string Issue()
    {
        lock (gate)
        {
            token ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            return token;
        }
    }

    public bool Matches(string? candidate)
    {
        lock (gate)
        {
            return token is not null && candidate is not null
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(candidate));
        }
    }

    /// <summary>Spends the token if it matches; true for exactly one caller.</summary>
    public bool TrySpend(string? candidate)
    {
        lock (gate)
        {
            if (!Matches(candidate))
            {
                return false;
            }
            token = null;
            return true;
        }
    }
}
