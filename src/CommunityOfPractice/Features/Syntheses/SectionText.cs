namespace CommunityOfPractice.Features.Syntheses;

/// <summary>A written section; citations are footnote markers <c>[^n]</c> numbered as in <see cref="SynthesisDocument.Footnotes"/>.</summary>
internal sealed record SectionText(SynthesisSection Key, string Heading, string Markdown);
