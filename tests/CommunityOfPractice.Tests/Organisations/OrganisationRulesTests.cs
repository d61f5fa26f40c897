using System.Text;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Organisations;

namespace CommunityOfPractice.Tests.Organisations;

/// <summary>What an organisation's application must hold, how names fold, and who may leave the representatives.</summary>
public sealed class OrganisationRulesTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    private static OrganisationCommand Valid() => new()
    {
        Name = "Ligue sénégalaise contre le cancer",
        Kind = OrganisationKind.PatientOrganisation,
        CountryCode = "sn",
        Website = "https://ligue-cancer.example.org/about",
        NcdAreas = NcdAreas.Cancer | NcdAreas.Other,
        Letter = Pdf,
    };

    [Fact]
    public void A_complete_application_is_valid() => Assert.Empty(OrganisationRules.Validate(Valid()));

    public static TheoryData<string, Action<OrganisationCommand>> Breakages() => new()
    {
        { "Name", c => c.Name = "  -- " },
        { "Name", c => c.Name = new string('n', OrganisationRules.NameMax + 1) },
        { "Kind", c => c.Kind = null },
        { "Kind", c => c.Kind = (OrganisationKind)42 },
        { "CountryCode", c => c.CountryCode = "ZZ" },
        { "CountryCode", c => c.CountryCode = "" },
        { "Website", c => c.Website = "" },
        { "Website", c => c.Website = "javascript:alert(1)" },
        { "Website", c => c.Website = "ftp://files.example.org" },
        { "Website", c => c.Website = "ligue-cancer.example.org" },
        { "Website", c => c.Website = "https://localhost" },
        { "NcdAreas", c => c.NcdAreas = (NcdAreas)(1 << 12) },
        { "Letter", c => c.Letter = null },
        { "Letter", c => c.Letter = Encoding.ASCII.GetBytes("GIF89a this is an image") },
        { "Letter", c => c.Letter = [.. Encoding.ASCII.GetBytes("%PDF-"), .. new byte[AdhesionLetter.MaxBytes]] },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_missing_or_bad_field_is_refused_on_that_field(string field, Action<OrganisationCommand> breakIt)
    {
        var command = Valid();
        breakIt(command);
        var errors = OrganisationRules.Validate(command);
        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void A_letter_is_judged_by_its_bytes_and_size_not_its_name()
    {
        Assert.Null(AdhesionLetter.Validate(Pdf));
        Assert.Equal("The adhesion letter must be a PDF file.", AdhesionLetter.Validate("<html>%PDF-"u8)!.Message);
        Assert.Equal("The adhesion letter must be at most 5 MB.", AdhesionLetter.Validate(new byte[AdhesionLetter.MaxBytes + 1])!.Message);
        Assert.Null(AdhesionLetter.Validate([.. Pdf, .. new byte[AdhesionLetter.MaxBytes - Pdf.Length]]));
        Assert.Equal("Attach the adhesion letter signed by the organisation's head.", AdhesionLetter.Validate([])!.Message);
    }

    [Theory]
    [InlineData("Ligue Sénégalaise contre le Cancer", "ligue senegalaise contre le cancer")]
    [InlineData("  ligue   senegalaise contre le cancer. ", "ligue senegalaise contre le cancer")]
    [InlineData("LIGUE-SÉNÉGALAISE (contre le cancer)", "ligue senegalaise contre le cancer")]
    [InlineData("Asociación Española", "asociacion espanola")]
    [InlineData("Ｗｉｄｅ Ｆｏｕｎｄａｔｉｏｎ", "wide foundation")]
    public void Names_fold_case_accents_punctuation_and_spacing(string name, string folded) =>
        Assert.Equal(folded, OrganisationName.Fold(name));

    [Fact]
    public void Different_names_stay_different_when_folded() =>
        Assert.NotEqual(OrganisationName.Fold("Diabetes Kenya"), OrganisationName.Fold("Diabetes Kenya Association"));

    [Fact]
    public void The_last_representative_cannot_leave_and_no_one_is_added_twice()
    {
        string[] one = ["amina"];
        string[] two = ["amina", "joao"];
        Assert.Equal("An organisation keeps at least one representative: add another before removing this one.", RepresentativeRules.CheckRemoval(one, "amina")!.Message);
        Assert.Null(RepresentativeRules.CheckRemoval(two, "amina"));
        Assert.Equal("This member does not represent the organisation.", RepresentativeRules.CheckRemoval(two, "lea")!.Message);
        Assert.Equal("This member already represents the organisation.", RepresentativeRules.CheckAddition(two, "joao")!.Message);
        Assert.Null(RepresentativeRules.CheckAddition(one, "joao"));
    }

    [Fact]
    public void An_application_moves_only_along_its_steps()
    {
        var organisation = new Organisation { Status = OrganisationStatus.Pending };
        Assert.False(organisation.AnswerInformationRequest("early"), "A pending application has no question to answer.");
        Assert.True(organisation.RequestInformation("Who signed?"), "A pending application can get a question.");
        Assert.False(organisation.RequestInformation("Again?"), "A second question waits for the first answer.");
        Assert.True(organisation.AnswerInformationRequest("The mayor."), "The applicant answers the question.");
        Assert.Equal(OrganisationStatus.Pending, organisation.Status);
        Assert.True(organisation.Approve("moderator", DateTimeOffset.UnixEpoch), "A pending application can be approved.");
        Assert.False(organisation.Reject("moderator", "late", DateTimeOffset.UnixEpoch), "A decided application stays decided.");
        Assert.Equal(OrganisationStatus.Approved, organisation.Status);
    }
}
