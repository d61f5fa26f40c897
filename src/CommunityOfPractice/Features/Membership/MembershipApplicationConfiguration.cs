using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Membership;

internal sealed class MembershipApplicationConfiguration : IEntityTypeConfiguration<MembershipApplication>
{
    public void Configure(EntityTypeBuilder<MembershipApplication> application)
    {
        application.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        application.HasIndex(a => a.UserId).IsUnique();
        application.HasIndex(a => a.Status);
        // Two moderators deciding at once: the second save finds the status changed and is refused.
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(40).IsConcurrencyToken();
        application.Property(a => a.Motivation).HasMaxLength(ProfileRules.MotivationMax);
        application.Property(a => a.InformationRequest).HasMaxLength(DecideOnApplication.ReasonMax);
        application.Property(a => a.InformationResponse).HasMaxLength(ProfileRules.MotivationMax);
        application.Property(a => a.RejectionReason).HasMaxLength(DecideOnApplication.ReasonMax);
        application.Property(a => a.CodeOfConductVersion).HasMaxLength(20);
        application.Property(a => a.PrivacyNoticeVersion).HasMaxLength(20);
        application.Property(a => a.SupportLetterFile).HasMaxLength(100);
    }
}
