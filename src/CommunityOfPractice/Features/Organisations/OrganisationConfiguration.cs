using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(OrganisationRules.NameMax);
        organisation.Property(o => o.FoldedName).HasMaxLength(OrganisationRules.NameMax);
        organisation.HasIndex(o => o.FoldedName);
        organisation.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        organisation.Property(o => o.Region).HasConversion<string>().HasMaxLength(40);
        organisation.Property(o => o.CountryCode).HasMaxLength(2);
        organisation.Property(o => o.Website).HasMaxLength(OrganisationRules.WebsiteMax);
        organisation.Property(o => o.LetterFile).HasMaxLength(100);
        // Two moderators deciding at once: the second save finds the status changed and is refused.
        organisation.Property(o => o.Status).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
        organisation.HasIndex(o => new { o.Status, o.Region, o.Kind });
        organisation.Property(o => o.ApplicantId).HasMaxLength(450);
        organisation.HasIndex(o => o.ApplicantId);
        organisation.Property(o => o.InformationRequest).HasMaxLength(OrganisationRules.TextMax);
        organisation.Property(o => o.InformationResponse).HasMaxLength(OrganisationRules.TextMax);
        organisation.Property(o => o.RejectionReason).HasMaxLength(OrganisationRules.TextMax);
        organisation.Property(o => o.DecidedById).HasMaxLength(450);
    }
}
