using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Membership;

internal sealed class UpdateProfile(CommunityDbContext db, TimeProvider clock)
{
    public static List<FieldError> Validate(ProfileCommand command)
    {
        var errors = new List<FieldError>();
        ProfileRules.CheckDisplayName(command.DisplayName, errors);
        if (command.Bio is { Length: > ProfileRules.BioMax })
        {
            errors.Add(new(nameof(command.Bio), "The bio must be at most {0} characters.", ProfileRules.BioMax));
        }
        if (!Enum.IsDefined(command.Category))
        {
            errors.Add(new(nameof(command.Category), "Choose the group that describes you best."));
        }
        if (!Enum.IsDefined(command.MailFrequency))
        {
            errors.Add(new(nameof(command.MailFrequency), "Choose how often we may write to you."));
        }
        if (!Enum.IsDefined(command.DefaultQuotingConsent))
        {
            errors.Add(new(nameof(command.DefaultQuotingConsent), "Choose how you may be quoted."));
        }
        ProfileRules.CheckCountry(command.CountryCode, errors);
        ProfileRules.CheckOrganisation(command.Organisation, errors);
        ProfileRules.CheckLanguageAndZone(command.PreferredLanguage, command.TimeZoneId, errors);
        return errors;
    }

    public async Task<CommandResult> HandleAsync(string userId, ProfileCommand command, CancellationToken cancellationToken = default)
    {
        var errors = Validate(command);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.DeletedAt == null, cancellationToken);
        if (user is null)
        {
            return CommandResult.Failed("", "Your account could not be found.");
        }
        var previousZone = user.TimeZoneId;
        user.DisplayName = command.DisplayName.Trim();
        user.Bio = string.IsNullOrWhiteSpace(command.Bio) ? null : command.Bio.Trim();
        user.Category = command.Category;
        user.CountryCode = command.CountryCode.ToUpperInvariant();
        user.Organisation = string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim();
        user.ShowCategory = command.ShowCategory;
        user.ShowCountry = command.ShowCountry;
        user.ShowOrganisation = command.ShowOrganisation;
        user.PreferredLanguage = command.PreferredLanguage;
        user.TimeZoneId = command.TimeZoneId;
        user.NotifyDebateOpens = command.NotifyDebateOpens;
        user.NotifyReplies = command.NotifyReplies;
        user.NotifyWebinars = command.NotifyWebinars;
        Mail.MailPreferences.Schedule(user, command.MailFrequency, previousZone, clock.GetUtcNow());
        user.DefaultQuotingConsent = command.DefaultQuotingConsent;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
