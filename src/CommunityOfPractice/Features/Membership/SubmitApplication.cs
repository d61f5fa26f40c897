using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// Creates an applicant account and its application, then mails the confirmation link. An address that already has
/// an account gets the same answer, and its owner a mail saying someone tried to apply with it: the form never tells
/// a stranger who is a member.
/// </summary>
internal sealed class SubmitApplication(
    CommunityDbContext db,
    UserManager<AppUser> users,
    AuditLog audit,
    IFileStore files,
    IMembershipMail mail,
    TimeProvider clock)
{
    public static List<FieldError> Validate(JoinCommand command)
    {
        var errors = new List<FieldError>();
        ProfileRules.CheckDisplayName(command.DisplayName, errors);
        if (command.LegalName is { Length: > ProfileRules.LegalNameMax })
        {
            errors.Add(new(nameof(command.LegalName), "The legal name must be at most {0} characters.", ProfileRules.LegalNameMax));
        }
        if (!ProfileRules.IsEmail(command.Email))
        {
            errors.Add(new(nameof(command.Email), "Enter a valid email address."));
        }
        if (string.IsNullOrEmpty(command.Password))
        {
            errors.Add(new(nameof(command.Password), "Choose a password of at least 12 characters."));
        }
        if (command.Category is null || !Enum.IsDefined(command.Category.Value))
        {
            errors.Add(new(nameof(command.Category), "Choose the group that describes you best."));
        }
        ProfileRules.CheckCountry(command.CountryCode, errors);
        ProfileRules.CheckOrganisation(command.Organisation, errors);
        if (string.IsNullOrWhiteSpace(command.Motivation))
        {
            errors.Add(new(nameof(command.Motivation), "Tell us why you want to join."));
        }
        else if (command.Motivation.Length > ProfileRules.MotivationMax)
        {
            errors.Add(new(nameof(command.Motivation), "Your answer must be at most {0} characters.", ProfileRules.MotivationMax));
        }
        ProfileRules.CheckLanguageAndZone(command.PreferredLanguage, command.TimeZoneId, errors);
        if (!command.AcceptsCodeOfConduct)
        {
            errors.Add(new(nameof(command.AcceptsCodeOfConduct), "You must accept the code of conduct to join."));
        }
        if (!command.AcceptsPrivacyNotice)
        {
            errors.Add(new(nameof(command.AcceptsPrivacyNotice), "You must accept the privacy notice to join."));
        }
        if (command.SupportLetter is { } letter && SupportLetter.Validate(letter) is { } letterError)
        {
            errors.Add(letterError);
        }
        return errors;
    }

    public async Task<CommandResult> HandleAsync(JoinCommand command, CancellationToken cancellationToken = default)
    {
        var errors = Validate(command);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        var now = clock.GetUtcNow();
        var email = command.Email.Trim();
        // The password rules first, for every address alike: a weak password refused only for new addresses would
        // tell that the others have accounts.
        var passwordErrors = new List<FieldError>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, new AppUser { UserName = email, Email = email, DisplayName = command.DisplayName.Trim() }, command.Password);
            passwordErrors.AddRange(checkedPassword.Errors.Select(e => new FieldError(nameof(JoinCommand.Password), e.Description)));
        }
        if (passwordErrors.Count > 0)
        {
            return new CommandResult(passwordErrors);
        }
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // As long as creating an account takes: the hash is the slow part.
            users.PasswordHasher.HashPassword(existing, command.Password);
            await TellTheOwnerAsync(existing, cancellationToken);
            return CommandResult.Success;
        }
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            LegalName = string.IsNullOrWhiteSpace(command.LegalName) ? null : command.LegalName.Trim(),
            Category = command.Category!.Value,
            NcdAreas = command.NcdAreas,
            CountryCode = command.CountryCode.ToUpperInvariant(),
            Organisation = string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim(),
            PreferredLanguage = command.PreferredLanguage,
            TimeZoneId = command.TimeZoneId,
            // Health-related categories stay hidden unless the member chooses to show them.
            ShowCategory = !MemberVisibility.IsHealthRelated(command.Category!.Value),
            JoinedAt = now,
        };

        string? letterFile = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user, command.Password);
            if (!created.Succeeded && created.Errors.All(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                // Another application with this address landed a moment earlier.
                await transaction.RollbackAsync(cancellationToken);
                if (await users.FindByEmailAsync(email) is { } winner)
                {
                    await TellTheOwnerAsync(winner, cancellationToken);
                }
                return CommandResult.Success;
            }
            if (!created.Succeeded)
            {
                return new CommandResult(created.Errors.Select(e => new FieldError(FieldOf(e), e.Description)).ToList());
            }
            if (command.SupportLetter is { } letter)
            {
                letterFile = $"{Guid.NewGuid():N}.pdf";
                await files.WriteAsync(SupportLetter.KeyOf(letterFile), new MemoryStream(letter, writable: false), cancellationToken);
            }
            db.MembershipApplications.Add(new MembershipApplication
            {
                UserId = user.Id,
                Motivation = command.Motivation.Trim(),
                Status = ApplicationStatus.AwaitingEmailConfirmation,
                SubmittedAt = now,
                CodeOfConductVersion = PolicyVersions.CodeOfConduct,
                CodeOfConductAcceptedAt = now,
                PrivacyNoticeVersion = PolicyVersions.PrivacyNotice,
                PrivacyNoticeAcceptedAt = now,
                SupportLetterFile = letterFile,
            });
            audit.Record(new Actor(user.Id, user.DisplayName), "application.submitted", user);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                if (letterFile is not null)
                {
                    await files.DeleteAsync(SupportLetter.KeyOf(letterFile), CancellationToken.None);
                }
                throw;
            }
        }

        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        await mail.SendConfirmEmailAsync(user, code, cancellationToken);
        return CommandResult.Success;
    }

    /// <summary>At most <see cref="AccountMailLimits.PerAddressPerHour"/> such mails an hour, so the form cannot be used to flood someone.</summary>
    private Task TellTheOwnerAsync(AppUser owner, CancellationToken cancellationToken) =>
        mail.SendWithinLimitAsync(owner, AccountMailLimits.ApplicationWithYourAddress,
            () => mail.SendApplicationWithYourAddressAsync(owner, cancellationToken), cancellationToken);

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(JoinCommand.Email),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(JoinCommand.Password),
        _ => "",
    };
}
