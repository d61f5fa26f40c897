using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateConfiguration : IEntityTypeConfiguration<Debate>
{
    public void Configure(EntityTypeBuilder<Debate> debate)
    {
        debate.Property(d => d.Title).HasMaxLength(Debate.TitleLength);
        debate.Property(d => d.Summary).HasMaxLength(Debate.SummaryLength);
        debate.Property(d => d.Context).HasMaxLength(Debate.ContextLength);
        debate.Property(d => d.WindowChangeReason).HasMaxLength(Debate.ReasonLength);
        debate.Property(d => d.ModerationMode).HasConversion<string>().HasMaxLength(40);
        debate.HasOne(d => d.CreatedBy).WithMany().HasForeignKey(d => d.CreatedById).OnDelete(DeleteBehavior.Restrict);
        debate.HasMany(d => d.Questions).WithOne().HasForeignKey(q => q.DebateId).OnDelete(DeleteBehavior.Cascade);
        debate.HasIndex(d => d.OpensAt);
        debate.HasIndex(d => d.ClosesAt);
    }
}
