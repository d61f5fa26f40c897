using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class PostFlagConfiguration : IEntityTypeConfiguration<PostFlag>
{
    public void Configure(EntityTypeBuilder<PostFlag> flag)
    {
        flag.Property(f => f.Reason).HasConversion<string>().HasMaxLength(40);
        flag.Property(f => f.Note).HasMaxLength(Debate.ReasonLength);
        flag.HasIndex(f => new { f.PostId, f.UserId });
    }
}
