namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A cited post. <see cref="Quote"/> is null when its author asked not to be quoted.</summary>
public sealed record Footnote(int Number, long PostId, string? Quote, string Attribution)
{
    public string Text => Quote is null ? Attribution : $"“{Quote}” ({Attribution})";
}
