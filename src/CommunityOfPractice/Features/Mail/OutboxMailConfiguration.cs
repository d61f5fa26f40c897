using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Mail;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.Property(m => m.Recipient).HasMaxLength(320);
        mail.Property(m => m.Subject).HasMaxLength(400);
        mail.Property(m => m.Purpose).HasMaxLength(40);
        mail.Property(m => m.LastError).HasMaxLength(2000);
        mail.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        mail.HasIndex(m => m.Recipient);
    }
}
