using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Statements;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> statement)
    {
        statement.ToTable("Statements");
        statement.Property(s => s.Slug).HasMaxLength(100);
        statement.HasIndex(s => s.Slug).IsUnique();
        statement.Property(s => s.Title).HasMaxLength(Statement.TitleLength);
        statement.Property(s => s.Markdown).HasMaxLength(Statement.TextLength);
        statement.Property(s => s.Language).HasMaxLength(5);
        statement.Property(s => s.TranslationKey).HasMaxLength(40);
        statement.HasIndex(s => s.TranslationKey);
        statement.Property(s => s.CreatedById).HasMaxLength(450);
        statement.HasOne<WorkingGroup>().WithMany().HasForeignKey(s => s.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        statement.HasMany(s => s.Signatures).WithOne(g => g.Statement).HasForeignKey(g => g.StatementId).OnDelete(DeleteBehavior.Cascade);
        statement.HasMany<StatementAttachment>().WithOne().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        statement.HasIndex(s => new { s.PublishedAt, s.ClosesAt });
    }
}
