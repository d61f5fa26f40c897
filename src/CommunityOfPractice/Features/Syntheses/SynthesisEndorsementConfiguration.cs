using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed class SynthesisEndorsementConfiguration : IEntityTypeConfiguration<SynthesisEndorsement>
{
    public void Configure(EntityTypeBuilder<SynthesisEndorsement> endorsement)
    {
        endorsement.HasKey(e => new { e.SynthesisId, e.UserId });
        endorsement.HasOne<Synthesis>().WithMany().HasForeignKey(e => e.SynthesisId).OnDelete(DeleteBehavior.Cascade);
        endorsement.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
