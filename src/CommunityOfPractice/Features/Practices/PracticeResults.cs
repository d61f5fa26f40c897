namespace CommunityOfPractice.Features.Practices;

/// <summary>A page of results, with every theme (retired ones too) to name the entries' themes.</summary>
internal sealed record PracticeResults(PracticeQuery Query, IReadOnlyList<PracticeHit> Hits, int Total, int PageCount, PracticeFacets Facets, IReadOnlyList<FieldError> Notices,
    IReadOnlyDictionary<int, PracticeTheme> Themes);
