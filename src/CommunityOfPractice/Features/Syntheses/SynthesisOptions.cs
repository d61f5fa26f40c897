using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Features.Syntheses;

/// <summary>"Syntheses": how the exported documents present the community.</summary>
internal sealed class SynthesisOptions
{
    public const string Section = "Syntheses";
    public const string DefaultPublisher = "Community of Practice";

    /// <summary>
    /// The organisation that publishes the syntheses (<c>Syntheses:Publisher</c>): on the cover of the Word and
    /// HTML files, and as the Word file's author.
    /// </summary>
    [Required(ErrorMessage = "must not be empty")]
    [MaxLength(200, ErrorMessage = "must be at most {1} characters")]
    public string Publisher { get; set; } = DefaultPublisher;
}
