namespace CommunityOfPractice.Web.Features.Practices;

public sealed record PracticeListResponse(int Total, int Page, int PageCount, int PageSize, IReadOnlyList<PracticeNotice> Notices, IReadOnlyList<PracticeListItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<PracticeFacetValue>> Facets);
