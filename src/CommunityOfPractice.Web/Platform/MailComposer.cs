using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Webinars;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Writes a mail in the recipient's language, with absolute links to this site, and sends it.</summary>
internal sealed class MailComposer(
    MailOutbox outbox,
    IStringLocalizer<SharedResource> L,
    IOptions<MailOptions> options,
    PublicSite site)
{
    /// <summary>The community as the sender of its mail (<c>Mail:From</c>, <c>Mail:FromName</c>): the organizer of its calendar messages.</summary>
    public CalendarPerson Sender => new(options.Value.From, options.Value.FromName);

    /// <summary>A link to this site for a mail or a feed: always from <c>PublicBaseUrl</c>, never from the request.</summary>
    public string AbsoluteUrl(string relative) => site.Url(relative);

    /// <summary>
    /// Sends a message whose subject and paragraphs are resource keys (English text) with arguments,
    /// translated into <paramref name="recipient"/>'s language; an optional link is appended as a button.
    /// </summary>
    public Task SendAsync(AppUser recipient, LocalizedText subject, IReadOnlyList<LocalizedText> paragraphs, (LocalizedText Label, string Url)? link = null, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, subject, paragraphs, link, [], cancellationToken);

    /// <param name="purpose">Tags an account mail for its per-address limit (<see cref="MailOutbox.CountSinceAsync"/>).</param>
    public Task SendAsync(AppUser recipient, LocalizedText subject, IReadOnlyList<LocalizedText> paragraphs, (LocalizedText Label, string Url)? link, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default, string? purpose = null) =>
        CommunityLocalization.InLanguageAsync(CommunityLocalization.LanguageOf(recipient), async () =>
        {
            var settings = options.Value;
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(L[settings.FromName], settings.From));
            message.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email ?? throw new InvalidOperationException("The recipient has no email address.")));
            message.Subject = Translate(subject);

            var greeting = L["Hello {0},", recipient.DisplayName].Value;
            var texts = paragraphs.Select(Translate).ToList();
            var text = string.Join("\n\n", [greeting, .. texts]);
            var html = $"<p>{WebUtility.HtmlEncode(greeting)}</p>" + string.Concat(texts.Select(t => $"<p>{WebUtility.HtmlEncode(t)}</p>"));
            if (link is { } l)
            {
                var label = Translate(l.Label);
                text += $"\n\n{label}: {l.Url}";
                html += $"<p><a href=\"{WebUtility.HtmlEncode(l.Url)}\">{WebUtility.HtmlEncode(label)}</a></p>";
            }
            var signature = L["The community of practice team"].Value;
            text += $"\n\n{signature}\n";
            html += $"<p>{WebUtility.HtmlEncode(signature)}</p>";
            var body = new BodyBuilder { TextBody = text, HtmlBody = html };
            foreach (var attachment in attachments)
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
            }
            message.Body = body.ToMessageBody();
            DeclareUtf8(message);
            message.Body.Headers.Replace(HeaderId.ContentLanguage, CommunityLocalization.LanguageOf(recipient));
            await outbox.AddAsync(message, cancellationToken, purpose);
        });

    private string Translate(LocalizedText text) => L[text.Key, text.Arguments].Value;

    /// <summary>
    /// Every text part says it is UTF-8: the written parts are encoded as such, and the attached ones (an invitation's
    /// calendar) are UTF-8 bytes that a strict reader would otherwise take for US-ASCII and garble.
    /// </summary>
    private static void DeclareUtf8(MimeMessage message)
    {
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            if (part.IsAttachment || part.ContentType.MediaSubtype.Equals("calendar", StringComparison.OrdinalIgnoreCase))
            {
                part.ContentType.Charset = "utf-8";
            }
            else
            {
                part.SetText(System.Text.Encoding.UTF8, part.Text);
            }
        }
    }
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>A resource key (its English text) and the values for its placeholders.</summary>
internal sealed record LocalizedText(string Key, params object[] Arguments);
