using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Identity's messages in the person's language.</summary>
internal sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> L) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), L["Something went wrong. Please try again."]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), L["An account already uses the email address {0}.", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), L["An account already uses the email address {0}.", userName]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), L["Enter a valid email address."]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), L["Enter a valid email address."]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), L["This link is not valid or has expired."]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), L["The password is not correct."]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), L["Passwords must be at least {0} characters.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), L["Passwords must use at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), L["Passwords must contain a digit."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), L["Passwords must contain a lowercase letter."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), L["Passwords must contain an uppercase letter."]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), L["Passwords must contain a symbol."]);
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), L["This account already has a password."]);
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), L["This sign-in is already linked to an account."]);
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), L["That recovery code is not valid."]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), L["Someone else changed this at the same time. Please try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
