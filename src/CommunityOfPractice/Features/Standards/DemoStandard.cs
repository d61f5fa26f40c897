namespace CommunityOfPractice.Features.Standards;

/// <summary>A demo standard: its versions in order, each with the round held on it, and an endorsement window on the last.</summary>
internal sealed record DemoStandard(string Title, string Summary, string Language, string DrafterEmail, List<DemoStandardVersion> Versions,
    string? TranslationOf = null, DemoEndorsementWindow? Endorsement = null);
