using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityOfPractice.Features.Practices;

/// <summary>The columns of a practice's content, owned by both the practice and each of its revisions.</summary>
internal static class PracticeContentConfiguration
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, PracticeContent> content) where TOwner : class
    {
        content.Property(c => c.Title).HasMaxLength(PracticeContent.TitleLength);
        content.Property(c => c.Summary).HasMaxLength(PracticeContent.SummaryLength);
        content.Property(c => c.Body).HasMaxLength(PracticeContent.BodyLength);
        content.Property(c => c.Language).HasMaxLength(8);
        content.Property(c => c.Countries).HasMaxLength(1000);
        content.Property(c => c.Themes).HasMaxLength(200);
        content.Property(c => c.Tags).HasMaxLength(PracticeContent.TagsLength);
        content.Property(c => c.Organisations).HasMaxLength(1000);
        content.Property(c => c.Links).HasMaxLength(4000);
        content.Property(c => c.ContactName).HasMaxLength(PracticeContent.ContactNameLength);
        content.Property(c => c.ContactEmail).HasMaxLength(PracticeContent.ContactEmailLength);
        content.Property(c => c.Attribution).HasMaxLength(200);
    }
}
