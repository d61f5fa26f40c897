using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Practices;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A member endorses the final version for the organisation they represent, during the endorsement window. One
/// endorsement per organisation, however its name is typed; a coordinator confirms it before it is shown.
/// </summary>
internal sealed class EndorseStandard(CommunityDbContext db, StandardAccess access, TimeProvider clock)
{
    public const string AlreadyEndorsed = "This organisation has already endorsed this standard.";

    /// <summary>The organisation's name as one organisation: case, accents, punctuation and spacing folded away.</summary>
    public static string OrganisationKey(string organisation) =>
        string.Join(' ', new string(PracticeSlug.Fold(organisation).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public async Task<CommandResult<StandardEndorsement>> HandleAsync(string userId, EndorsementCommand command, CancellationToken cancellationToken = default)
    {
        var organisation = command.Organisation?.Trim() ?? "";
        var role = command.SignatoryRole?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (organisation.Length is 0 or > StandardEndorsement.OrganisationLength || OrganisationKey(organisation).Length == 0)
        {
            errors.Add(new(nameof(command.Organisation), "Give the organisation's name (at most {0} characters).", StandardEndorsement.OrganisationLength));
        }
        if (CountryCatalog.Find(command.CountryCode) is null)
        {
            errors.Add(new(nameof(command.CountryCode), "Choose a country from the list."));
        }
        if (role.Length is 0 or > StandardEndorsement.RoleLength)
        {
            errors.Add(new(nameof(command.SignatoryRole), "Give the role of the person who signs for the organisation (at most {0} characters).", StandardEndorsement.RoleLength));
        }
        if (errors.Count > 0)
        {
            return CommandResult<StandardEndorsement>.Failure(errors);
        }
        if (!await access.IsMemberAsync(userId, cancellationToken))
        {
            return Refused("Only members can endorse a standard for their organisation.");
        }
        var document = await db.StandardDocuments.AsNoTracking().OfTheCommunity().SingleOrDefaultAsync(d => d.Id == command.DocumentId, cancellationToken);
        var now = clock.GetUtcNow();
        if (document is null || !document.IsEndorsementOpenAt(now))
        {
            return Refused("This standard is not open for endorsement.");
        }
        var key = OrganisationKey(organisation);
        if (await db.StandardEndorsements.AnyAsync(e => e.DocumentId == document.Id && e.OrganisationKey == key, cancellationToken))
        {
            return Refused(AlreadyEndorsed);
        }
        var endorsement = new StandardEndorsement
        {
            DocumentId = document.Id,
            VersionId = document.FinalVersionId!.Value,
            Organisation = organisation,
            OrganisationKey = key,
            CountryCode = CountryCatalog.Find(command.CountryCode)!.Code,
            SignatoryRole = role,
            EndorsedById = userId,
            EndorsedAt = now,
        };
        db.StandardEndorsements.Add(endorsement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two representatives of the same organisation endorsed at once.
            return Refused(AlreadyEndorsed);
        }
        return endorsement;
    }

    private static CommandResult<StandardEndorsement> Refused(string message) => CommandResult<StandardEndorsement>.Failed("Organisation", message);
}
