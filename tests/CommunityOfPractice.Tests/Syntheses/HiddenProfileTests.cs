using System.Text;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Syntheses;
using CommunityOfPractice.Features.Syntheses.Formats;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>What a member hides on their profile stays hidden under their quoted words and in the posts CSV.</summary>
public sealed class HiddenProfileTests
{
    private static DebateContribution Post(QuotingConsent consent, bool showsCategory, bool showsCountry) => new(
        1, null, null, PostKind.Member, PostStatus.Published, consent, false, DateTimeOffset.UnixEpoch, "Peer support helped me.",
        "author", "Amina W.", StakeholderCategory.PersonLivingWithNcd, NcdAreas.Diabetes, "KE", false, showsCategory, showsCountry);

    [Fact]
    public void An_anonymised_quote_names_the_condition_only_when_the_author_shows_it()
    {
        Assert.Equal("a person living with diabetes, Africa region", Post(QuotingConsent.QuoteAnonymously, true, true).AttributionIn(SynthesisText.English));
        var hidden = Post(QuotingConsent.QuoteAnonymously, showsCategory: false, showsCountry: true).AttributionIn(SynthesisText.English)!;
        Assert.DoesNotContain("diabetes", hidden);
        Assert.DoesNotContain("living with", hidden);
        Assert.Equal("a participant, Africa region", hidden);
        Assert.Equal("a person living with diabetes", Post(QuotingConsent.QuoteAnonymously, true, showsCountry: false).AttributionIn(SynthesisText.English));
    }

    [Theory]
    [InlineData(QuotingConsent.DoNotQuote, true, true, "", "")]
    [InlineData(QuotingConsent.QuoteAnonymously, false, true, "", "Africa")]
    [InlineData(QuotingConsent.QuoteAnonymously, true, false, "PersonLivingWithNcd", "")]
    [InlineData(QuotingConsent.QuoteWithName, true, true, "PersonLivingWithNcd", "Africa")]
    public async Task The_posts_csv_leaves_out_what_the_author_hides_or_asked_not_to_give(QuotingConsent consent, bool showsCategory, bool showsCountry, string category, string region)
    {
        var debate = new DebatePosts([Post(consent, showsCategory, showsCountry)], new Dictionary<int, int>());
        using var output = new MemoryStream();
        await PostsCsv.WriteAsync(debate, output, null, CancellationToken.None);

        var rows = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var cells = rows[1].Split(',');
        Assert.Equal(category, cells[Array.IndexOf(PostsCsv.Columns, "stakeholder_category")]);
        Assert.Equal(region, cells[Array.IndexOf(PostsCsv.Columns, "who_region")]);
    }
}
