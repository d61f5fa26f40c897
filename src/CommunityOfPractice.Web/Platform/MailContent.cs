using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Web.Platform;

/// <summary>What a mail says: paragraphs, then titled lists of links (a digest), then a button-like link.</summary>
internal sealed record MailContent(LocalizedText Subject, IReadOnlyList<LocalizedText> Paragraphs)
{
    public (LocalizedText Label, string Url)? Link { get; init; }
    public IReadOnlyList<MailSection> Sections { get; init; } = [];
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
    /// <summary>The kind of mail this is, when the member can turn it off from the mail itself.</summary>
    public MailKind? TurnOff { get; init; }
    public string? Purpose { get; init; }
}
