using CommunityOfPractice.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Refuses passwords that are common or easy to guess (zxcvbn, score below <see cref="MinimumScore"/>), judged with
/// the person's own name and address as things an attacker would try first. It runs wherever a password is chosen:
/// joining, the first administrator's setup, a reset and a change.
/// </summary>
internal sealed class GuessablePasswords(IStringLocalizer<SharedResource> L) : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn's 3: "safely unguessable: moderate protection from offline slow-hash scenario".</summary>
    public const int MinimumScore = 3;

    public const string Code = "PasswordGuessable";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        var context = new[] { user.DisplayName, user.LegalName, user.Email, user.UserName, user.Organisation }
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .SelectMany(s => s!.Split([' ', '@', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Append(s!))
            .Append("community").Append("practice").Append("ncd")
            .ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, context);
        return Task.FromResult(result.Score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = L["This password is too easy to guess: it is common, or close to your name or email address. Try a phrase of four or more unrelated words."],
            }));
    }
}
