using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Practices;

internal sealed record PracticeFacets(
    IReadOnlyList<FacetCount<WhoRegion>> Regions,
    IReadOnlyList<FacetCount<string>> Countries,
    IReadOnlyList<FacetCount<NcdAreas>> Areas,
    IReadOnlyList<FacetCount<int>> Themes,
    IReadOnlyList<FacetCount<InvolvementTypes>> Involvement,
    IReadOnlyList<FacetCount<string>> Languages,
    IReadOnlyList<FacetCount<int>> Years);
