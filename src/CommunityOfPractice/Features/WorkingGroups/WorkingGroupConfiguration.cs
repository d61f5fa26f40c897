using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.WorkingGroups;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> group)
    {
        group.ToTable("WorkingGroups");
        group.Property(g => g.Name).HasMaxLength(WorkingGroup.NameLength);
        group.Property(g => g.Mandate).HasMaxLength(WorkingGroup.MandateLength);
        group.HasOne<AppUser>().WithMany().HasForeignKey(g => g.ChairId).OnDelete(DeleteBehavior.Restrict);
        group.HasOne<AppUser>().WithMany().HasForeignKey(g => g.CreatedById).OnDelete(DeleteBehavior.Restrict);
        group.HasMany(g => g.Members).WithOne(m => m.WorkingGroup).HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        // A group's debates: the group's own, scoped to its members (Debate.WorkingGroupId).
        group.HasMany<Debate>().WithOne().HasForeignKey(d => d.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        group.HasIndex(g => g.EndsOn);
        group.Ignore(g => g.Rules);
    }
}
