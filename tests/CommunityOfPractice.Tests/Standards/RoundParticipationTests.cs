using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;

namespace CommunityOfPractice.Tests.Standards;

public sealed class RoundParticipationTests
{
    private static RoundContribution Contribution(long id, bool proposal, string author, StakeholderCategory category, string country, QuotingConsent consent, bool published = true) =>
        new(id, proposal, published, consent, $"Text {id}", author, "Name of " + author, category, NcdAreas.Diabetes, country, AuthorDeleted: false, ShowsCategory: true, ShowsCountry: true);

    private static readonly RoundContribution[] Round =
    [
        Contribution(1, false, "ama", StakeholderCategory.PersonLivingWithNcd, "KE", QuotingConsent.QuoteWithName),
        Contribution(2, true, "ama", StakeholderCategory.PersonLivingWithNcd, "KE", QuotingConsent.QuoteWithName),
        Contribution(3, true, "ben", StakeholderCategory.AcademiaOrResearch, "FR", QuotingConsent.DoNotQuote),
        Contribution(4, false, "cruz", StakeholderCategory.PersonLivingWithNcd, "MX", QuotingConsent.QuoteAnonymously),
        Contribution(5, false, "dan", StakeholderCategory.CivilSocietyOrganisation, "IN", QuotingConsent.QuoteWithName, published: false),
    ];

    [Fact]
    public void Published_contributions_are_counted_by_kind_category_and_region()
    {
        var figures = RoundParticipation.Count(Round);
        Assert.Equal((2, 2, 3), (figures.Comments, figures.Proposals, figures.Participants));
        Assert.Equal(2, figures.ParticipantsLivingWithNcds);
        Assert.Equal(75.0, figures.PercentFromPeopleLivingWithNcds);
        Assert.Equal(("PersonLivingWithNcd", 2, 3), (figures.ByCategory[0].Key, figures.ByCategory[0].Participants, figures.ByCategory[0].Posts));
        Assert.Equal(
            [(nameof(WhoRegion.Africa), 2), (nameof(WhoRegion.Americas), 1), (nameof(WhoRegion.Europe), 1)],
            figures.ByRegion.Select(r => (r.Key, r.Posts)));
    }

    [Fact]
    public void A_member_who_asked_not_to_be_quoted_is_counted_but_never_quoted()
    {
        var figures = RoundParticipation.Count(Round);
        Assert.Contains(figures.ByCategory, r => r.Key == nameof(StakeholderCategory.AcademiaOrResearch) && r.Posts == 1);
        Assert.DoesNotContain(figures.Quotable, c => c.AuthorId == "ben");
        Assert.Equal([1L, 2L, 4L], figures.Quotable.Select(c => c.Id));
        Assert.Equal("Name of ama", figures.Quotable[0].Attribution);
        Assert.Equal("a person living with diabetes, Americas region", figures.Quotable[2].Attribution);
    }

    [Fact]
    public void An_author_who_hides_their_group_is_described_without_it()
    {
        var hidden = Round[3] with { ShowsCategory = false, ShowsCountry = false };
        Assert.Equal("a participant", hidden.Attribution);
    }

    [Fact]
    public void An_empty_round_has_no_share_rather_than_a_division_by_zero() =>
        Assert.Equal(0, RoundParticipation.Count([]).PercentFromPeopleLivingWithNcds);
}
