namespace CommunityOfPractice.Features.Standards;

/// <summary>What the "new standard" form sends.</summary>
internal sealed class StandardCommand
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Language { get; set; } = "en";
    /// <summary>The body in Markdown: # and ## headings make sections, blocks between blank lines make paragraphs.</summary>
    public string Body { get; set; } = "";
    /// <summary>The standard this one translates.</summary>
    public int? TranslationOfId { get; set; }
}
