using CommunityOfPractice.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class PostDraftConfiguration : IEntityTypeConfiguration<PostDraft>
{
    public void Configure(EntityTypeBuilder<PostDraft> draft)
    {
        draft.HasKey(d => new { d.UserId, d.DebateId });
        draft.Property(d => d.Text).HasMaxLength(Post.MaxLength);
        draft.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        draft.HasOne<Debate>().WithMany().HasForeignKey(d => d.DebateId).OnDelete(DeleteBehavior.Cascade);
    }
}
