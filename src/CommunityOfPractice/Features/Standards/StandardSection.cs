namespace CommunityOfPractice.Features.Standards;

/// <summary>A heading of a version (# or ##) and the paragraphs under it; numbered by <see cref="ParagraphNumbering"/>.</summary>
public sealed class StandardSection
{
    public const int HeadingLength = 500;

    public int Id { get; set; }
    public int VersionId { get; set; }
    /// <summary>"3", or "3a" for a section inserted after section 3 in a later version. "0" is the text before the first heading.</summary>
    public string Number { get; set; } = "";
    /// <summary>The section's identity across versions: kept while its heading or its paragraphs can be matched.</summary>
    public string Key { get; set; } = "";
    public string Heading { get; set; } = "";
    /// <summary>1 for #, 2 for ##; 0 for the text before the first heading.</summary>
    public int Level { get; set; }
    /// <summary>Reading order in the version, from 0.</summary>
    public int Order { get; set; }
}
