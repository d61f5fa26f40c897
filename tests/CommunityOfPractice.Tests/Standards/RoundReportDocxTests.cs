using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Web.Features.Standards;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityOfPractice.Tests.Standards;

public sealed class RoundReportDocxTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static PublicRoundReport Report(string language)
    {
        var document = new StandardDocument { Id = 1, Slug = "involvement", Title = "Meaningful involvement", Summary = "Summary.", Language = language };
        var version = new StandardVersion { Id = 1, DocumentId = 1, Number = 1, PublishedAt = Opened.AddDays(-1) };
        var standard = new PublicStandard(document, version, [], [new PublishedVersionItem(1, Opened.AddDays(-1), true)], [], [], false, false);
        var round = new ConsultationRound { Id = 1, VersionId = 1, OpensAt = Opened, ClosesAt = Opened.AddDays(7), GuidingQuestions = "What is **missing**?" };
        RoundContribution Contribution(long id, string author, QuotingConsent consent) =>
            new(id, true, true, consent, $"Text {id}", author, "Name of " + author, StakeholderCategory.PersonLivingWithNcd, NcdAreas.Diabetes, "KE", false, true, true);
        var figures = RoundParticipation.Count([Contribution(1, "ama", QuotingConsent.QuoteWithName), Contribution(2, "ben", QuotingConsent.DoNotQuote)]);
        return new PublicRoundReport(standard, round, figures,
        [
            new PublicProposal(1, "1.1", "Name of ama", "Quoted **wording**", "<p>Quoted <strong>wording</strong></p>", "Because.", "<p>Because.</p>", 2, ProposalAnswer.Accepted, "Taken as proposed.", "<p>Taken as proposed.</p>"),
            new PublicProposal(2, "1.2", null, null, null, null, null, 0, ProposalAnswer.Declined, "Too vague.", "<p>Too vague.</p>"),
        ], 2);
    }

    private static async Task<string> TextOfAsync(PublicRoundReport report)
    {
        using var output = new MemoryStream();
        await RoundReportDocx.WriteAsync(report, "Community of Practice", "https://cop.example.org/standards/involvement/v1", output, CancellationToken.None);
        output.Position = 0;
        using var word = WordprocessingDocument.Open(output, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public async Task A_proposal_whose_author_asked_not_to_be_quoted_is_counted_and_answered_but_its_wording_never_appears()
    {
        var text = await TextOfAsync(Report("en"));
        Assert.Contains("2 participants made 0 comments and 2 proposals", text);
        Assert.Contains("Quoted wording", text);
        Assert.Contains("— Name of ama", text);
        Assert.Contains("A proposal by a participant who asked not to be quoted.", text);
        Assert.Contains("Declined. Too vague.", text);
        Assert.DoesNotContain("Name of ben", text);
        Assert.DoesNotContain("Text 2", text);
        Assert.DoesNotContain("**", text);
    }

    [Fact]
    public async Task The_report_speaks_the_standards_language()
    {
        var text = await TextOfAsync(Report("fr"));
        Assert.Contains("Rapport de la consultation sur la version 1", text);
        Assert.Contains("Propositions et réponses", text);
        Assert.Contains("Refusée. Too vague.", text);
    }

    [Theory]
    [InlineData("v1", 1)]
    [InlineData("v42", 42)]
    [InlineData("v0", null)]
    [InlineData("1", null)]
    [InlineData("v", null)]
    [InlineData("v-1", null)]
    [InlineData("v1x", null)]
    [InlineData("v٣", null)]
    [InlineData("v99999999999", null)]
    public void A_version_segment_is_v_and_a_positive_number(string segment, int? expected) =>
        Assert.Equal(expected, StandardAddress.Version(segment));
}
