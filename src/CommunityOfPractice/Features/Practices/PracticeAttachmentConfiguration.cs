using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

internal sealed class PracticeAttachmentConfiguration : IEntityTypeConfiguration<PracticeAttachment>
{
    public void Configure(EntityTypeBuilder<PracticeAttachment> attachment)
    {
        attachment.HasOne<Practice>().WithMany().HasForeignKey(a => a.PracticeId).OnDelete(DeleteBehavior.Cascade);
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(40);
        attachment.Property(a => a.StoredName).HasMaxLength(80);
    }
}
