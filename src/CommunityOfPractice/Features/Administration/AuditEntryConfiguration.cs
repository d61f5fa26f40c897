using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Administration;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.Action);
        entry.Property(e => e.Action).HasMaxLength(60);
        entry.Property(e => e.ActorName).HasMaxLength(80);
        entry.Property(e => e.SubjectName).HasMaxLength(80);
        entry.Property(e => e.Details).HasMaxLength(4000);
    }
}
