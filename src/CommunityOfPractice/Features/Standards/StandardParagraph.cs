namespace CommunityOfPractice.Features.Standards;

/// <summary>A numbered, citable paragraph of a version (<c>/standards/{slug}/v2#p3.4</c>).</summary>
public sealed class StandardParagraph
{
    public const int NumberLength = 40;
    public const int KeyLength = 16;

    public int Id { get; set; }
    public int VersionId { get; set; }
    public int SectionId { get; set; }
    public StandardSection? Section { get; set; }
    /// <summary>"3.4": section 3, paragraph 4. See <see cref="ParagraphNumbering"/> for how it stays stable across versions.</summary>
    public string Number { get; set; } = "";
    /// <summary>The paragraph's identity across versions, kept while its text can be matched, even when it moves.</summary>
    public string Key { get; set; } = "";
    /// <summary>Reading order in the version, from 0.</summary>
    public int Order { get; set; }
    public string Markdown { get; set; } = "";
    /// <summary><see cref="Markdown"/> through the posts' sanitizer.</summary>
    public string Html { get; set; } = "";
}
