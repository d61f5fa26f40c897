namespace CommunityOfPractice.Features.Organisations;

/// <summary>The coordinating body's choices about organisations: one row, <see cref="TheOne"/>.</summary>
internal sealed class OrganisationSettings
{
    public const int TheOne = 1;

    public int Id { get; set; } = TheOne;
    /// <summary>Whether anonymous visitors may see the counts by region and kind. Off until a coordinator turns it on.</summary>
    public bool PublicSummary { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
}
