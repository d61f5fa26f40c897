using System.Globalization;
using System.Resources;
using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// The words of a synthesis document in its own language (<see cref="Synthesis.Language"/>), from SynthesisText.resx
/// and its French and Spanish siblings. The culture is always given explicitly: exports run in background jobs, where
/// the current UI culture is whatever the thread had, not the synthesis's language.
/// </summary>
internal sealed class SynthesisText
{
    private static readonly ResourceManager Resources = new(typeof(SynthesisText).FullName!, typeof(SynthesisText).Assembly);

    public static SynthesisText English { get; } = new SynthesisText("en");
    private static readonly SynthesisText French = new SynthesisText("fr");
    private static readonly SynthesisText Spanish = new SynthesisText("es");

    private SynthesisText(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    /// <summary>The texts of <paramref name="language"/>; English for a language the syntheses are not written in.</summary>
    public static SynthesisText For(string? language) => language switch
    {
        "fr" => French,
        "es" => Spanish,
        _ => English,
    };

    /// <summary>"en", "fr" or "es": the language tag the Word and HTML files declare.</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    public string Contents => Get(nameof(Contents));
    public string TheDebate => Get(nameof(TheDebate));
    public string Recording => Get(nameof(Recording));
    public string GuidingQuestions => Get(nameof(GuidingQuestions));
    public string Participation => Get(nameof(Participation));
    public string ByCategory => Get(nameof(ByCategory));
    public string ByRegion => Get(nameof(ByRegion));
    public string ByCountry => Get(nameof(ByCountry));
    public string ByDay => Get(nameof(ByDay));
    public string CategoryColumn => Get(nameof(CategoryColumn));
    public string RegionColumn => Get(nameof(RegionColumn));
    public string CountryColumn => Get(nameof(CountryColumn));
    public string DayColumn => Get(nameof(DayColumn));
    public string ParticipantsColumn => Get(nameof(ParticipantsColumn));
    public string PostsColumn => Get(nameof(PostsColumn));
    public string HighlightedContributions => Get(nameof(HighlightedContributions));
    public string OtherContributions => Get(nameof(OtherContributions));
    public string Empty => Get(nameof(Empty));
    public string Notes => Get(nameof(Notes));
    public string BackToText => Get(nameof(BackToText));
    public string NotQuotedFootnote => Get(nameof(NotQuotedFootnote));
    public string Unknown => Get(nameof(Unknown));
    public string ContextSettingWebinar => Get(nameof(ContextSettingWebinar));

    public string Title(string debateTitle) => Format(nameof(Title), debateTitle);
    public string VersionFinalised(int number, DateTimeOffset at) => Format(nameof(VersionFinalised), Number(number), Date(at));
    public string DraftGenerated(DateTimeOffset at) => Format(nameof(DraftGenerated), DateTime(at));
    public string Period(DateTimeOffset from, DateTimeOffset to) => Format(nameof(Period), DateTime(from), DateTime(to));
    public string WebinarLine(string title) => Format(nameof(WebinarLine), title);
    public string RecordingAt(string url) => Format(nameof(RecordingAt), url);

    public string Overview(ParticipationFigures figures) => Format(nameof(Overview), Number(figures.Participants), Number(figures.Posts),
        Number(figures.PostsFromPeopleLivingWithNcds), figures.PercentFromPeopleLivingWithNcds.ToString("0.#", Culture));

    public string NotQuoted(int count) => count == 1 ? Get("NotQuotedOne") : Format("NotQuotedMany", Number(count));

    /// <summary>A footnote as the document prints it: the quote in this language's quotation marks, then whom it is from.</summary>
    public string Footnote(Footnote footnote) => footnote.Quote is { } quote ? Format("QuotedFootnote", quote, footnote.Attribution) : footnote.Attribution;

    public string Section(SynthesisSection section) => Get("Section." + section);

    /// <summary>A stakeholder group in the figures: "People living with NCDs".</summary>
    public string Category(StakeholderCategory category) => Get("Category." + category);

    public string Region(WhoRegion region) => Get("Region." + region);

    public string Country(string code) => CountryCatalog.Find(code)?.Name(Language) ?? Unknown;

    /// <summary>Describes an author without naming them: "a person living with diabetes, Africa region".</summary>
    public string Anonymised(StakeholderCategory? category, NcdAreas areas, WhoRegion? region)
    {
        var who = category switch
        {
            StakeholderCategory.PersonLivingWithNcd => Format("Author." + category, Get(Condition(areas))),
            { } known => Get("Author." + known),
            null => Get("Author." + StakeholderCategory.Other),
        };
        return region is { } place ? $"{who}, {Get("RegionOf." + place)}" : who;
    }

    /// <summary>"12 March 2026", "12 mars 2026", "12 de marzo de 2026" (UTC).</summary>
    public string Date(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc.ToString(Get(utc.Day == 1 ? "DatePatternFirstOfMonth" : "DatePattern"), Culture);
    }

    /// <summary>"12 March 2026, 14:00 UTC", "12 mars 2026 à 14:00 UTC".</summary>
    public string DateTime(DateTimeOffset at) => Format("DateAndTime", Date(at), at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture));

    public string Number(int value) => value.ToString("N0", Culture);

    private static string Condition(NcdAreas areas) => "Condition." + (
        areas.HasFlag(NcdAreas.Diabetes) ? nameof(NcdAreas.Diabetes)
        : areas.HasFlag(NcdAreas.Cancer) ? nameof(NcdAreas.Cancer)
        : areas.HasFlag(NcdAreas.CardiovascularDisease) ? nameof(NcdAreas.CardiovascularDisease)
        : areas.HasFlag(NcdAreas.ChronicRespiratoryDisease) ? nameof(NcdAreas.ChronicRespiratoryDisease)
        : areas.HasFlag(NcdAreas.MentalHealth) ? nameof(NcdAreas.MentalHealth)
        : "Other");

    private string Format(string name, params object[] arguments) => string.Format(Culture, Get(name), arguments);

    private string Get(string name) =>
        Resources.GetString(name, Culture) ?? throw new MissingManifestResourceException($"SynthesisText has no text '{name}'.");
}
