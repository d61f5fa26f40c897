using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardDocumentConfiguration : IEntityTypeConfiguration<StandardDocument>
{
    public void Configure(EntityTypeBuilder<StandardDocument> document)
    {
        document.Property(d => d.Slug).HasMaxLength(StandardDocument.SlugLength);
        document.Property(d => d.Title).HasMaxLength(StandardDocument.TitleLength);
        document.Property(d => d.Summary).HasMaxLength(StandardDocument.SummaryLength);
        document.Property(d => d.Language).HasMaxLength(8);
        document.HasIndex(d => d.Slug).IsUnique();
        document.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<StandardDocument>().WithMany().HasForeignKey(d => d.TranslationOfId).OnDelete(DeleteBehavior.SetNull);
        document.HasMany(d => d.Versions).WithOne(v => v.Document).HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasOne<StandardVersion>().WithMany().HasForeignKey(d => d.FinalVersionId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<WorkingGroups.WorkingGroup>().WithMany().HasForeignKey(d => d.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
