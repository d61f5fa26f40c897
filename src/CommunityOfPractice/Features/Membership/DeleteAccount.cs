using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// Deletes a person's account: their personal data, sign-in methods and uploads go; the row stays,
/// renamed "Former member", so what they contributed keeps its place and an author.
/// </summary>
public sealed class DeleteAccount(CommunityDbContext db, UserManager<AppUser> users, AuditLog audit, IFileStore files, AccountChanges changes, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(string userId, string? password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.DeletedAt is not null)
        {
            return CommandResult.Failed("", "Your account could not be found.");
        }
        if (await users.HasPasswordAsync(user) && (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password)))
        {
            return CommandResult.Failed("Password", "The password is not correct.");
        }

        var application = await db.MembershipApplications.SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        var letter = application?.SupportLetterFile;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Record(new Actor(user.Id, user.DisplayName), "account.deleted", user);
        if (application is not null)
        {
            application.Motivation = "";
            application.InformationRequest = null;
            application.InformationResponse = null;
            application.SupportLetterFile = null;
        }
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserPasskeys.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);

        var placeholder = $"deleted-{user.Id}@invalid";
        user.DisplayName = MemberCard.FormerMember;
        user.LegalName = null;
        user.Email = placeholder;
        user.NormalizedEmail = placeholder.ToUpperInvariant();
        user.UserName = placeholder;
        user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.TwoFactorEnabled = false;
        user.Organisation = null;
        user.Bio = null;
        user.ShowCategory = false;
        user.ShowCountry = false;
        user.ShowOrganisation = false;
        user.NotifyDebateOpens = false;
        user.NotifyReplies = false;
        user.NotifyWebinars = false;
        user.DefaultQuotingConsent = QuotingConsent.DoNotQuote;
        user.DeletedAt = clock.GetUtcNow();
        user.SecurityStamp = Guid.NewGuid().ToString();
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await changes.RaiseAsync(user.Id);

        if (letter is not null)
        {
            await files.DeleteAsync(SupportLetter.KeyOf(letter), CancellationToken.None);
        }
        return CommandResult.Success;
    }
}
