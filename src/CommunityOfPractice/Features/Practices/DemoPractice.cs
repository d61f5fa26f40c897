namespace CommunityOfPractice.Features.Practices;

/// <summary>A demo good practice; <c>Themes</c> are English theme names, <c>TranslationOf</c> the title of the entry it translates.</summary>
internal sealed record DemoPractice(
    string Title, string Summary, string Body, string Language, string SubmitterEmail, string[] Countries, Membership.NcdAreas NcdAreas,
    InvolvementTypes Involvement, string[] Themes, string[] Tags, PracticeStatus Status, string[]? Organisations = null,
    int? YearFrom = null, int? YearTo = null, string[]? Links = null, string? TranslationOf = null);
