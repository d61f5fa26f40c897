using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Statements;

internal sealed class StatementAttachmentConfiguration : IEntityTypeConfiguration<StatementAttachment>
{
    public void Configure(EntityTypeBuilder<StatementAttachment> attachment)
    {
        attachment.ToTable("StatementAttachments");
        attachment.Property(a => a.FileName).HasMaxLength(120);
        attachment.Property(a => a.StoredName).HasMaxLength(60);
        attachment.Property(a => a.ContentType).HasMaxLength(40);
        attachment.Property(a => a.AddedById).HasMaxLength(450);
    }
}
