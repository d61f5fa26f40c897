namespace CommunityOfPractice.Features.Syntheses;

/// <summary>
/// A cited post. <see cref="Quote"/> is null when its author asked not to be quoted. <see cref="Text"/> is the English
/// form of the note in the JSON export; the documents print it in their own language's quotation marks
/// (<see cref="SynthesisText.Footnote"/>).
/// </summary>
internal sealed record Footnote(int Number, long PostId, string? Quote, string Attribution)
{
    public string Text => Quote is null ? Attribution : $"“{Quote}” ({Attribution})";
}
