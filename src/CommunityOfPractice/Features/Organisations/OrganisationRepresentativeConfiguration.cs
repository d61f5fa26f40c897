using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Organisations;

internal sealed class OrganisationRepresentativeConfiguration : IEntityTypeConfiguration<OrganisationRepresentative>
{
    public void Configure(EntityTypeBuilder<OrganisationRepresentative> representative)
    {
        // The key itself refuses the same member twice, even from two requests at once.
        representative.HasKey(r => new { r.OrganisationId, r.UserId });
        representative.HasOne(r => r.Organisation).WithMany(o => o.Representatives).HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        representative.HasOne(r => r.User).WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        representative.HasIndex(r => r.UserId);
    }
}
