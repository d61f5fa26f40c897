using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Tests.Membership;

public sealed class JoinValidationTests
{
    private static JoinCommand Valid() => new()
    {
        DisplayName = "Amina",
        Email = "amina@example.org",
        Password = "correct horse battery",
        Category = StakeholderCategory.PersonLivingWithNcd,
        CountryCode = "KE",
        Motivation = "To share what worked.",
        PreferredLanguage = "fr",
        TimeZoneId = "Europe/Paris",
        AcceptsCodeOfConduct = true,
        AcceptsPrivacyNotice = true,
    };

    [Fact]
    public void A_complete_application_is_valid() => Assert.Empty(SubmitApplication.Validate(Valid()));

    public static TheoryData<string, Action<JoinCommand>> Breakages() => new()
    {
        { "DisplayName", c => c.DisplayName = "   " },
        { "DisplayName", c => c.DisplayName = new string('a', 81) },
        { "LegalName", c => c.LegalName = new string('a', 161) },
        { "Email", c => c.Email = "amina" },
        { "Email", c => c.Email = "amina@localhost" },
        { "Password", c => c.Password = "" },
        { "Category", c => c.Category = null },
        { "Category", c => c.Category = (StakeholderCategory)99 },
        { "CountryCode", c => c.CountryCode = "ZZ" },
        { "CountryCode", c => c.CountryCode = "" },
        { "Organisation", c => c.Organisation = new string('o', 201) },
        { "Motivation", c => c.Motivation = "" },
        { "Motivation", c => c.Motivation = new string('m', 4001) },
        { "PreferredLanguage", c => c.PreferredLanguage = "de" },
        { "TimeZoneId", c => c.TimeZoneId = "Nowhere/Land" },
        { "AcceptsCodeOfConduct", c => c.AcceptsCodeOfConduct = false },
        { "AcceptsPrivacyNotice", c => c.AcceptsPrivacyNotice = false },
        { "SupportLetter", c => c.SupportLetter = "GIF89a"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_bad_field_is_reported_against_that_field_only(string field, Action<JoinCommand> breakIt)
    {
        var command = Valid();
        breakIt(command);
        var error = Assert.Single(SubmitApplication.Validate(command));
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), $"The error reported against {field} should say what is wrong.");
    }

    [Fact]
    public void A_pdf_letter_is_accepted_by_its_content()
    {
        var command = Valid();
        command.SupportLetter = "%PDF-1.7 whatever follows"u8.ToArray();
        Assert.Empty(SubmitApplication.Validate(command));
    }

    [Fact]
    public void A_letter_over_5_MB_is_refused_even_if_it_is_a_pdf()
    {
        var letter = new byte[SupportLetter.MaxBytes + 1];
        "%PDF-"u8.CopyTo(letter);
        Assert.Equal("The letter of support must be at most 5 MB.", SupportLetter.Validate(letter)?.Message);
    }
}
