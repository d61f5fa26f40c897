using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardEndorsementConfiguration : IEntityTypeConfiguration<StandardEndorsement>
{
    public void Configure(EntityTypeBuilder<StandardEndorsement> endorsement)
    {
        endorsement.Property(e => e.Organisation).HasMaxLength(StandardEndorsement.OrganisationLength);
        endorsement.Property(e => e.OrganisationKey).HasMaxLength(StandardEndorsement.OrganisationLength);
        endorsement.Property(e => e.CountryCode).HasMaxLength(2);
        endorsement.Property(e => e.SignatoryRole).HasMaxLength(StandardEndorsement.RoleLength);
        // One endorsement per organisation and document, however its name is typed, even when two representatives race.
        endorsement.HasIndex(e => new { e.DocumentId, e.OrganisationKey }).IsUnique();
        endorsement.HasOne<StandardDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        endorsement.HasOne<StandardVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Restrict);
        endorsement.HasOne(e => e.EndorsedBy).WithMany().HasForeignKey(e => e.EndorsedById).OnDelete(DeleteBehavior.Restrict);
        endorsement.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ConfirmedById).OnDelete(DeleteBehavior.Restrict);
    }
}
