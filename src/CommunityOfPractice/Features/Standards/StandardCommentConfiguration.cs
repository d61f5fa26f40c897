using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Standards;

internal sealed class StandardCommentConfiguration : IEntityTypeConfiguration<StandardComment>
{
    public void Configure(EntityTypeBuilder<StandardComment> comment)
    {
        comment.HasOne<ConsultationRound>().WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne(c => c.Paragraph).WithMany().HasForeignKey(c => c.ParagraphId).OnDelete(DeleteBehavior.Restrict);
        comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Restrict);
        comment.Property(c => c.Markdown).HasMaxLength(StandardComment.MaxLength);
        comment.Property(c => c.Consent).HasConversion<string>().HasMaxLength(40);
        comment.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        comment.Property(c => c.HiddenReason).HasMaxLength(StandardComment.ReasonLength);
        comment.HasIndex(c => new { c.RoundId, c.ParagraphId });
        comment.HasIndex(c => new { c.AuthorId, c.CreatedAt });
    }
}
