using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed class SynthesisVersionConfiguration : IEntityTypeConfiguration<SynthesisVersion>
{
    public void Configure(EntityTypeBuilder<SynthesisVersion> version)
    {
        version.HasOne(v => v.Synthesis).WithMany(s => s.Versions).HasForeignKey(v => v.SynthesisId).OnDelete(DeleteBehavior.Cascade);
        version.HasIndex(v => new { v.SynthesisId, v.Number }).IsUnique();
        version.HasOne<AppUser>().WithMany().HasForeignKey(v => v.FinalisedById).OnDelete(DeleteBehavior.Restrict);
    }
}
