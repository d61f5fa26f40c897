using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;

namespace CommunityOfPractice.Tests.Practices;

public sealed class PracticeRulesTests
{
    [Theory]
    // status, submitter, curator, can edit
    [InlineData(PracticeStatus.Draft, true, false, true)]
    [InlineData(PracticeStatus.Draft, false, true, false)]
    [InlineData(PracticeStatus.ChangesRequested, true, false, true)]
    [InlineData(PracticeStatus.Submitted, true, false, false)]
    [InlineData(PracticeStatus.Submitted, false, true, true)]
    [InlineData(PracticeStatus.Published, true, false, false)]
    [InlineData(PracticeStatus.Published, false, true, true)]
    [InlineData(PracticeStatus.Rejected, true, true, false)]
    [InlineData(PracticeStatus.Unpublished, true, false, false)]
    [InlineData(PracticeStatus.Draft, false, false, false)]
    public void Who_can_edit(PracticeStatus status, bool submitter, bool curator, bool expected) =>
        Assert.Equal(expected, PracticePermissions.CanEdit(status, submitter, curator));

    [Theory]
    [InlineData(PracticeReviewAction.Published, PracticeStatus.Submitted, true)]
    [InlineData(PracticeReviewAction.Published, PracticeStatus.Draft, false)]
    [InlineData(PracticeReviewAction.Published, PracticeStatus.ChangesRequested, false)]
    [InlineData(PracticeReviewAction.Published, PracticeStatus.Rejected, false)]
    [InlineData(PracticeReviewAction.Published, PracticeStatus.Unpublished, true)]
    [InlineData(PracticeReviewAction.ChangesRequested, PracticeStatus.Submitted, true)]
    [InlineData(PracticeReviewAction.ChangesRequested, PracticeStatus.Published, false)]
    [InlineData(PracticeReviewAction.Rejected, PracticeStatus.Submitted, true)]
    [InlineData(PracticeReviewAction.Rejected, PracticeStatus.Published, false)]
    [InlineData(PracticeReviewAction.Unpublished, PracticeStatus.Published, true)]
    [InlineData(PracticeReviewAction.Unpublished, PracticeStatus.Submitted, false)]
    [InlineData(PracticeReviewAction.Comment, PracticeStatus.Draft, false)]
    [InlineData(PracticeReviewAction.Comment, PracticeStatus.Rejected, true)]
    [InlineData(PracticeReviewAction.Submitted, PracticeStatus.Draft, false)]
    public void Which_decision_fits_which_step(PracticeReviewAction action, PracticeStatus status, bool expected)
    {
        Assert.Equal(expected, PracticePermissions.CanDecide(action, status, isCurator: true));
        Assert.False(PracticePermissions.CanDecide(action, status, isCurator: false),
            $"Only a curator should be able to take the decision {action} on a {status} entry.");
    }

    [Fact]
    public void Curators_never_see_a_members_draft_but_its_submitter_does()
    {
        Assert.False(PracticePermissions.CanView(PracticeStatus.Draft, isSubmitter: false, isCurator: true), "A curator should not see a member's draft.");
        Assert.True(PracticePermissions.CanView(PracticeStatus.Draft, isSubmitter: true, isCurator: false), "The submitter should see their own draft.");
        Assert.True(PracticePermissions.CanView(PracticeStatus.Submitted, isSubmitter: false, isCurator: true), "A curator should see a submitted entry.");
        Assert.False(PracticePermissions.CanView(PracticeStatus.Published, isSubmitter: false, isCurator: false),
            "Someone who is neither submitter nor curator should not see an entry's working copy, even a published one.");
    }

    [Theory]
    [InlineData("Santé & co-design!", "sante-co-design")]
    [InlineData("  Peer   support -- groups ", "peer-support-groups")]
    [InlineData("Submit", "practice-submit")]
    [InlineData("«»", "practice")]
    [InlineData("Participación en la investigación", "participacion-en-la-investigacion")]
    public void Slugs_are_readable_and_never_a_page_name(string title, string slug) =>
        Assert.Equal(slug, PracticeSlug.From(title));

    [Fact]
    public void A_slug_is_at_most_80_characters() =>
        Assert.True(PracticeSlug.From(new string('a', 300)).Length <= PracticeSlug.MaxLength,
            $"A slug should be at most {PracticeSlug.MaxLength} characters, but a 300-character title gave {PracticeSlug.From(new string('a', 300)).Length}.");

    private static PracticeCommand Complete() => new()
    {
        Title = "Peer support", Summary = "Short.", Body = "Long.", Language = "en", Countries = ["KE"], Areas = NcdAreas.Diabetes,
        Involvement = InvolvementTypes.PeerSupport, Themes = [1], Links = "https://example.org", YearFrom = 2018,
    };

    [Fact]
    public void A_complete_entry_passes_and_is_normalised()
    {
        var command = Complete();
        command.Tags = " Diabetes,  peer support ,diabetes";
        command.Countries = ["ke", "KE"];
        Assert.Empty(SubmitPractice.Validate(command, complete: true, [1], 2026, out var content));
        Assert.Equal("diabetes,peer support", content.Tags);
        Assert.Equal("KE", content.Countries);
        Assert.Equal(2018, content.YearTo);
    }

    [Fact]
    public void A_draft_needs_only_a_title_but_a_submission_needs_everything()
    {
        var draft = new PracticeCommand { Title = "Idea" };
        Assert.Empty(SubmitPractice.Validate(draft, complete: false, [1], 2026, out _));
        var fields = SubmitPractice.Validate(draft, complete: true, [1], 2026, out _).Select(e => e.Field).ToList();
        Assert.Equal(["Summary", "Body", "Countries", "Areas", "Involvement"], fields);
    }

    public static TheoryData<Action<PracticeCommand>, string> BadInputs => new()
    {
        { c => c.Summary = new string('x', 501), "Summary" },
        { c => c.Countries = ["XX"], "Countries" },
        { c => c.Themes = [99], "Themes" },
        { c => c.Tags = "<script>", "Tags" },
        { c => c.Tags = string.Join(',', Enumerable.Range(0, 16).Select(i => $"t{i}")), "Tags" },
        { c => c.Links = "javascript:alert(1)", "Links" },
        { c => c.Links = "ftp://example.org/file", "Links" },
        { c => c.YearFrom = 1800, "YearFrom" },
        { c => (c.YearFrom, c.YearTo) = (2020, 2019), "YearFrom" },
        { c => c.ContactEmail = "not an address", "ContactEmail" },
        { c => c.ShowContact = true, "ShowContact" },
        { c => c.Language = "de", "Language" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_names_its_field(Action<PracticeCommand> spoil, string field)
    {
        var command = Complete();
        spoil(command);
        Assert.Equal([field], SubmitPractice.Validate(command, complete: true, [1], 2026, out _).Select(e => e.Field));
    }

    [Fact]
    public void The_address_reads_back_what_it_wrote()
    {
        var query = new PracticeQuery("santé & co", WhoRegion.Africa, "SN", NcdAreas.Diabetes, 3, InvolvementTypes.PeerSupport, "fr", 2018, PracticeSort.Newest, 2);
        var parameters = System.Web.HttpUtility.ParseQueryString(query.ToQueryString());
        Assert.Equal(query, PracticeQuery.Parse(name => parameters[name], out var notices));
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("region", "3")]
    [InlineData("region", "Atlantis")]
    [InlineData("area", "None")]
    [InlineData("area", "Cancer,Diabetes")]
    [InlineData("type", "64x")]
    [InlineData("country", "ZZ")]
    [InlineData("theme", "-1")]
    [InlineData("lang", "de")]
    [InlineData("year", "99999")]
    [InlineData("sort", "drop table")]
    [InlineData("page", "-4")]
    [InlineData("page", "abc")]
    public void Unknown_values_are_dropped_with_a_notice(string name, string value)
    {
        var query = PracticeQuery.Parse(n => n == name ? value : null, out var notices);
        Assert.Equal(new PracticeQuery(), query);
        Assert.Single(notices);
    }

    [Theory]
    [InlineData(QuotingConsent.QuoteWithName, "Ana")]
    [InlineData(QuotingConsent.QuoteAnonymously, "")]
    [InlineData(QuotingConsent.DoNotQuote, null)]
    public void A_post_becomes_an_entry_only_as_its_authors_consent_allows(QuotingConsent consent, string? attribution) =>
        Assert.Equal(attribution, DraftFromPost.Attribution(consent, "Ana"));

    [Fact]
    public void A_search_without_words_is_ignored_with_a_notice()
    {
        var query = PracticeQuery.Parse(n => n == "q" ? "\"*-(" : null, out var notices);
        Assert.Null(query.Text);
        Assert.Single(notices);
    }
}
