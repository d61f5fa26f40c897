using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Statements;

internal sealed class StatementSignatureConfiguration : IEntityTypeConfiguration<StatementSignature>
{
    public void Configure(EntityTypeBuilder<StatementSignature> signature)
    {
        signature.ToTable("StatementSignatures");
        // Once per organisation: two representatives signing at the same instant, the second save is refused.
        signature.HasKey(s => new { s.StatementId, s.OrganisationId });
        signature.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        signature.Property(s => s.SignedById).HasMaxLength(450);
        signature.HasIndex(s => s.OrganisationId);
    }
}
