using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.WorkingGroups;

internal sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> member)
    {
        member.ToTable("WorkingGroupMembers");
        member.Property(m => m.Motivation).HasMaxLength(WorkingGroupMember.MotivationLength);
        member.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        member.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => new { m.WorkingGroupId, m.UserId, m.Status });
        member.HasIndex(m => new { m.UserId, m.Status });
    }
}
