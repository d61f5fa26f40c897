using System.Globalization;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Practices;
using CommunityOfPractice.Web;
using CommunityOfPractice.Web.Components.Shared;
using CommunityOfPractice.Web.Features.Practices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Tests.Components;

/// <summary>Every value of a fixed list has its own translated name; a value no case names shows as itself, never as another's name.</summary>
public sealed class LabelsTests
{
    private static readonly IStringLocalizer L = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();

    public static TheoryData<string> Lists() => ["category", "area", "region", "consent", "application", "involvement", "practice", "review"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_value_has_its_own_translated_name(string list)
    {
        var (values, label) = Of(list);
        var french = In("fr", () => values.Select(label).ToList());
        var spanish = In("es", () => values.Select(label).ToList());
        for (var i = 0; i < values.Count; i++)
        {
            // A value no case names would show as its identifier in both languages ("Cancer" is French, not Spanish).
            Assert.False(french[i] == values[i].ToString() && spanish[i] == values[i].ToString(), $"{values[i]} has no name of its own: it shows as \"{french[i]}\".");
        }
        Assert.Equal(values.Count, french.Distinct().Count());
        // A value no case names (a flag combination, a value added later): itself, not the last case's name.
        var unnamed = (Enum)Enum.ToObject(values[0].GetType(), 1 << 20);
        Assert.Equal(unnamed.ToString(), In("fr", () => label(unnamed)));
    }

    private static T In<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_language_code_without_a_name_shows_as_itself() =>
        Assert.Equal(["English", "Français", "Español", "pt"], new[] { "en", "fr", "es", "pt" }.Select(Labels.Language));

    private static (List<Enum> Values, Func<Enum, string> Label) Of(string list) => list switch
    {
        "category" => (Named<StakeholderCategory>(), v => Labels.Category(L, (StakeholderCategory)v)),
        "area" => (Named<NcdAreas>(), v => Labels.Area(L, (NcdAreas)v)),
        "region" => (Named<WhoRegion>(), v => Labels.Region(L, (WhoRegion)v)),
        "consent" => (Named<QuotingConsent>(), v => Labels.Consent(L, (QuotingConsent)v)),
        "application" => (Named<ApplicationStatus>(), v => Labels.Status(L, (ApplicationStatus)v)),
        "involvement" => (Named<InvolvementTypes>(), v => PracticeLabels.Involvement(L, (InvolvementTypes)v)),
        "practice" => (Named<PracticeStatus>(), v => PracticeLabels.Status(L, (PracticeStatus)v)),
        "review" => (Named<PracticeReviewAction>(), v => PracticeLabels.Action(L, (PracticeReviewAction)v)),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, null),
    };

    private static List<Enum> Named<T>() where T : struct, Enum => Enum.GetValues<T>().Where(v => v.ToString() != "None").Cast<Enum>().ToList();
}
