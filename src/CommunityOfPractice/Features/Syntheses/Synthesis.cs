using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// The coordinating body's account of one debate: a draft whose figures and quotes are generated from the debate,
/// with sections written by coordinators. Finalising freezes it into an immutable, numbered <see cref="SynthesisVersion"/>.
/// </summary>
public sealed class Synthesis
{
    public const int MaxSectionLength = 40_000;
    public const string DefaultLanguage = "en";

    public int Id { get; set; }
    public int DebateId { get; set; }
    public Debate? Debate { get; set; }
    public string Summary { get; set; } = "";
    public string Agreements { get; set; } = "";
    public string Disagreements { get; set; } = "";
    public string Gaps { get; set; } = "";
    public string Recommendations { get; set; } = "";
    /// <summary>
    /// The language its headings, labels, dates and figures are written in, in the preview and every export: "en", "fr"
    /// or "es" (<see cref="Membership.Languages.Supported"/>). A finalised version keeps the language it was finalised in.
    /// </summary>
    public string Language { get; set; } = DefaultLanguage;
    /// <summary>The member check: participants may comment and endorse while <c>ReviewOpensAt &lt;= now &lt; ReviewClosesAt</c>.</summary>
    public DateTimeOffset? ReviewOpensAt { get; set; }
    public DateTimeOffset? ReviewClosesAt { get; set; }
    /// <summary>The window the participants were told about, so the opening mail goes out once per window.</summary>
    public DateTimeOffset? ReviewAnnouncedFor { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Raised on each save: two coordinators saving the same draft cannot overwrite each other unseen.</summary>
    public int Revision { get; set; }
    public List<SynthesisVersion> Versions { get; set; } = [];

    public string Section(SynthesisSection section) => section switch
    {
        SynthesisSection.Summary => Summary,
        SynthesisSection.Agreements => Agreements,
        SynthesisSection.Disagreements => Disagreements,
        SynthesisSection.Gaps => Gaps,
        SynthesisSection.Recommendations => Recommendations,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    public MemberCheckState MemberCheckAt(DateTimeOffset now) =>
        ReviewOpensAt is not { } opens || ReviewClosesAt is not { } closes ? MemberCheckState.NotPlanned
        : now < opens ? MemberCheckState.Scheduled
        : now < closes ? MemberCheckState.Open
        : MemberCheckState.Closed;
}
