using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Syntheses;

internal sealed class SynthesisCommentConfiguration : IEntityTypeConfiguration<SynthesisComment>
{
    public void Configure(EntityTypeBuilder<SynthesisComment> comment)
    {
        comment.HasOne<Synthesis>().WithMany().HasForeignKey(c => c.SynthesisId).OnDelete(DeleteBehavior.Cascade);
        comment.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.Cascade);
        comment.Property(c => c.Section).HasConversion<string>().HasMaxLength(20);
        comment.Property(c => c.Text).HasMaxLength(SynthesisComment.MaxLength);
        comment.HasIndex(c => c.SynthesisId);
    }
}
