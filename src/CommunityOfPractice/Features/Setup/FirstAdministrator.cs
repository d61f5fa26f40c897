using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Membership;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Setup;

/// <summary>Creates the first administrator, through <c>/setup</c> or from configuration.</summary>
internal sealed class FirstAdministrator(CommunityDbContext db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, AuditLog audit, SetupToken token, TimeProvider clock)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken = default) =>
        db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), cancellationToken);

    public Task<bool> TokenMatchesAsync(string? candidate, CancellationToken cancellationToken = default) => token.MatchesAsync(candidate, cancellationToken);

    /// <summary>The <c>/setup</c> page: works once, with the token logged at start-up, while no administrator exists.</summary>
    public async Task<CommandResult> CreateWithTokenAsync(string? setupToken, string displayName, string email, string password, CancellationToken cancellationToken = default)
    {
        if (await AnyAdministratorAsync(cancellationToken) || !await token.MatchesAsync(setupToken, cancellationToken))
        {
            return CommandResult.Failed("", "This setup link is not valid or has already been used.");
        }
        var errors = new List<FieldError>();
        ProfileRules.CheckDisplayName(displayName, errors);
        if (!ProfileRules.IsEmail(email))
        {
            errors.Add(new("Email", "Enter a valid email address."));
        }
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }
        var passwordErrors = await ValidatePasswordAsync(password);
        if (passwordErrors.Count > 0)
        {
            return new CommandResult(passwordErrors);
        }
        if (!await token.TrySpendAsync(setupToken, cancellationToken))
        {
            return CommandResult.Failed("", "This setup link is not valid or has already been used.");
        }
        return await CreateAsync(displayName.Trim(), email.Trim(), password, cancellationToken);
    }

    /// <summary>For containers and tests: idempotent, does nothing once that email exists.</summary>
    public async Task BootstrapAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (!await users.IsInRoleAsync(existing, Roles.Admin))
            {
                await users.AddToRoleAsync(existing, Roles.Admin);
            }
            return;
        }
        var result = await CreateAsync("Administrator", email, password, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Bootstrap:AdminPassword was refused: " + string.Join(" ", result.Errors.Select(e => e.Message)));
        }
    }

    private async Task<List<FieldError>> ValidatePasswordAsync(string password)
    {
        var errors = new List<FieldError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new AppUser(), password);
            errors.AddRange(result.Errors.Select(e => new FieldError("Password", e.Description)));
        }
        return errors;
    }

    private async Task<CommandResult> CreateAsync(string displayName, string email, string password, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            Category = StakeholderCategory.Other,
            CountryCode = "CH",
            JoinedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new CommandResult(created.Errors.Select(e => new FieldError("", e.Description)).ToList());
        }
        await users.AddToRolesAsync(user, [Roles.Admin, Roles.Member]);
        db.MembershipApplications.Add(new MembershipApplication
        {
            UserId = user.Id,
            Motivation = "First administrator",
            Status = ApplicationStatus.Approved,
            SubmittedAt = now,
            EmailConfirmedAt = now,
            DecidedAt = now,
            CodeOfConductVersion = PolicyVersions.CodeOfConduct,
            CodeOfConductAcceptedAt = now,
            PrivacyNoticeVersion = PolicyVersions.PrivacyNotice,
            PrivacyNoticeAcceptedAt = now,
        });
        audit.Record(null, "setup.first-administrator", user);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Success;
    }
}
