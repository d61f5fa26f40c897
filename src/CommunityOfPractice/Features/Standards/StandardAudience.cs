namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// Which documents are the community's. A working group's document lives in the group's private space only; every
/// community-wide reader (the standards list and pages, the feed, the API, rounds, endorsements, digests) goes through here,
/// so a group's document is never public and outsiders get the same "not found" as for a document that does not exist.
/// </summary>
internal static class StandardAudience
{
    public static IQueryable<StandardDocument> OfTheCommunity(this IQueryable<StandardDocument> documents) => documents.Where(d => d.WorkingGroupId == null);

    public static IQueryable<StandardVersion> OfTheCommunity(this IQueryable<StandardVersion> versions) => versions.Where(v => v.Document!.WorkingGroupId == null);

    public static IQueryable<ConsultationRound> OfTheCommunity(this IQueryable<ConsultationRound> rounds) => rounds.Where(r => r.Version!.Document!.WorkingGroupId == null);
}
