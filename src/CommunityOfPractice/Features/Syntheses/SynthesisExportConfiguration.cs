using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed class SynthesisExportConfiguration : IEntityTypeConfiguration<SynthesisExport>
{
    public void Configure(EntityTypeBuilder<SynthesisExport> export)
    {
        export.HasOne(e => e.Version).WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
        export.Property(e => e.Format).HasConversion<string>().HasMaxLength(20);
        export.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        export.Property(e => e.Error).HasMaxLength(400);
        export.HasIndex(e => e.Status);
    }
}
