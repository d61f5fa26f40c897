using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> post)
    {
        post.HasOne(p => p.Debate).WithMany().HasForeignKey(p => p.DebateId).OnDelete(DeleteBehavior.Cascade);
        post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        post.HasOne<Post>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        post.HasOne<GuidingQuestion>().WithMany().HasForeignKey(p => p.QuestionId).OnDelete(DeleteBehavior.SetNull);
        post.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        post.Property(p => p.Markdown).HasMaxLength(Post.MaxLength);
        post.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        post.Property(p => p.Consent).HasConversion<string>().HasMaxLength(40);
        post.Property(p => p.HiddenReason).HasMaxLength(Debate.ReasonLength);
        post.Property(p => p.ClientRequestId).HasMaxLength(64);
        post.HasIndex(p => new { p.DebateId, p.Id });
        post.HasIndex(p => new { p.AuthorId, p.CreatedAt });
        // A retried post with the same client request id lands once, even when two retries race.
        post.HasIndex(p => new { p.AuthorId, p.ClientRequestId }).IsUnique();
    }
}
