using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Geography;
using Microsoft.EntityFrameworkCore;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>
/// A member applies for an organisation, with its head's adhesion letter; it waits for a moderator. A name that folds
/// to one already approved or waiting is refused: one body, one entry.
/// </summary>
internal sealed class ApplyForOrganisation(CommunityDbContext db, AuditLog audit, IFileStore files, IOrganisationMail mail, TimeProvider clock)
{
    public async Task<CommandResult<Organisation>> HandleAsync(string userId, OrganisationCommand command, CancellationToken cancellationToken = default)
    {
        var errors = OrganisationRules.Validate(command);
        if (errors.Count > 0)
        {
            return CommandResult<Organisation>.Failure(errors);
        }
        var applicant = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.DeletedAt == null, cancellationToken);
        if (applicant is null)
        {
            return CommandResult<Organisation>.Failed("", "Your account could not be found.");
        }
        var name = command.Name.Trim();
        var folded = OrganisationName.Fold(name);
        if (await db.Organisations.AnyAsync(o => o.FoldedName == folded && o.Status != OrganisationStatus.Rejected, cancellationToken))
        {
            return CommandResult<Organisation>.Failed(nameof(command.Name), "An organisation with this name is already in the directory or waiting for a decision.");
        }
        var country = CountryCatalog.Find(command.CountryCode.Trim().ToUpperInvariant())!;
        var organisation = new Organisation
        {
            Name = name,
            FoldedName = folded,
            Kind = command.Kind!.Value,
            CountryCode = country.Code,
            Region = country.Region,
            Website = command.Website.Trim(),
            NcdAreas = command.NcdAreas,
            LetterFile = $"{Guid.NewGuid():N}.pdf",
            Status = OrganisationStatus.Pending,
            ApplicantId = applicant.Id,
            SubmittedAt = clock.GetUtcNow(),
        };
        await files.WriteAsync(AdhesionLetter.KeyOf(organisation.LetterFile), new MemoryStream(command.Letter!, writable: false), cancellationToken);
        db.Organisations.Add(organisation);
        audit.Record(new Actor(applicant.Id, applicant.DisplayName), "organisation.applied", applicant, organisation.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(AdhesionLetter.KeyOf(organisation.LetterFile), CancellationToken.None);
            throw;
        }
        await mail.SendReceivedAsync(applicant, organisation, cancellationToken);
        return organisation;
    }
}
