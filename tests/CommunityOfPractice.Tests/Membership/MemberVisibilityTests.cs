using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Tests.Membership;

public sealed class MemberVisibilityTests
{
    private static AppUser Person(bool category, bool country, bool organisation) => new()
    {
        Id = "u1",
        DisplayName = "Léa",
        Category = StakeholderCategory.PersonLivingWithNcd,
        CountryCode = "FR",
        Organisation = "Ligue",
        ShowCategory = category,
        ShowCountry = country,
        ShowOrganisation = organisation,
    };

    [Fact]
    public void Others_see_only_what_the_member_chose_to_show()
    {
        var card = MemberVisibility.CardFor(Person(category: false, country: true, organisation: false));
        Assert.Equal("Léa", card.DisplayName);
        Assert.Null(card.Category);
        Assert.Equal("FR", card.CountryCode);
        Assert.Null(card.Organisation);
    }

    [Fact]
    public void Everything_shown_when_everything_is_chosen()
    {
        var card = MemberVisibility.CardFor(Person(true, true, true));
        Assert.Equal(StakeholderCategory.PersonLivingWithNcd, card.Category);
        Assert.Equal("Ligue", card.Organisation);
    }

    [Theory]
    [InlineData(StakeholderCategory.PersonLivingWithNcd, true)]
    [InlineData(StakeholderCategory.FamilyMemberOrCaregiver, true)]
    [InlineData(StakeholderCategory.AcademiaOrResearch, false)]
    [InlineData(StakeholderCategory.GovernmentOrPublicSector, false)]
    public void Health_related_categories_are_the_ones_hidden_by_default(StakeholderCategory category, bool healthRelated) =>
        Assert.Equal(healthRelated, MemberVisibility.IsHealthRelated(category));

    [Fact]
    public void A_deleted_account_shows_as_former_member()
    {
        var user = Person(true, true, true);
        user.DeletedAt = DateTimeOffset.UtcNow;
        Assert.Equal(MemberCard.FormerMember, MemberVisibility.CardFor(user).DisplayName);
    }
}
