using System.Net;
using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Platform.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CommunityOfPractice.Web.Platform;

/// <summary>Writes a mail in the recipient's language, with absolute links to this site, and sends it.</summary>
internal sealed class MailComposer(
    MailOutbox outbox,
    IStringLocalizer<SharedResource> L,
    IOptions<MailOptions> options,
    PublicSite site,
    UnsubscribeLinks unsubscribe)
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
        SendAsync(recipient, new MailContent(subject, paragraphs) { Link = link }, cancellationToken);

    /// <summary>A mail of a kind the member can turn off from the mail itself.</summary>
    public Task SendAsync(AppUser recipient, LocalizedText subject, IReadOnlyList<LocalizedText> paragraphs, (LocalizedText Label, string Url) link, MailKind turnOff, CancellationToken cancellationToken = default) =>
        SendAsync(recipient, new MailContent(subject, paragraphs) { Link = link, TurnOff = turnOff }, cancellationToken);

    /// <param name="purpose">Tags an account mail for its per-address limit (<see cref="MailOutbox.CountSinceAsync"/>).</param>
    public Task SendAsync(AppUser recipient, LocalizedText subject, IReadOnlyList<LocalizedText> paragraphs, (LocalizedText Label, string Url)? link, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default, string? purpose = null) =>
        SendAsync(recipient, new MailContent(subject, paragraphs) { Link = link, Attachments = attachments, Purpose = purpose }, cancellationToken);

    /// <summary>
    /// Writes <paramref name="content"/> in <paramref name="recipient"/>'s language into the outbox. A mail of a kind the
    /// member can turn off (<see cref="MailContent.TurnOff"/>) says so at its foot, with a link, and carries the
    /// <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> headers of RFC 8058 for the mail reader's own button.
    /// </summary>
    public Task SendAsync(AppUser recipient, MailContent content, CancellationToken cancellationToken = default) =>
        CommunityLocalization.InLanguageAsync(CommunityLocalization.LanguageOf(recipient), async () =>
        {
            var settings = options.Value;
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(L[settings.FromName], settings.From));
            message.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email ?? throw new InvalidOperationException("The recipient has no email address.")));
            message.Subject = Translate(content.Subject);

            var greeting = L["Hello {0},", recipient.DisplayName].Value;
            var texts = content.Paragraphs.Select(Translate).ToList();
            var text = new StringBuilder(string.Join("\n\n", [greeting, .. texts]));
            var html = new StringBuilder($"<p>{WebUtility.HtmlEncode(greeting)}</p>" + string.Concat(texts.Select(t => $"<p>{WebUtility.HtmlEncode(t)}</p>")));
            foreach (var section in content.Sections)
            {
                var heading = Translate(section.Heading);
                text.Append($"\n\n{heading}\n{new string('-', heading.Length)}");
                html.Append($"<h2 style=\"font-size:1.1em\">{WebUtility.HtmlEncode(heading)}</h2><ul>");
                foreach (var line in section.Lines)
                {
                    var said = Translate(line.Text);
                    text.Append($"\n- {said}\n  {line.Url}");
                    html.Append($"<li><a href=\"{WebUtility.HtmlEncode(line.Url)}\">{WebUtility.HtmlEncode(said)}</a></li>");
                }
                html.Append("</ul>");
            }
            if (content.Link is { } l)
            {
                var label = Translate(l.Label);
                text.Append($"\n\n{label}: {l.Url}");
                html.Append($"<p><a href=\"{WebUtility.HtmlEncode(l.Url)}\">{WebUtility.HtmlEncode(label)}</a></p>");
            }
            var signature = L["The community of practice team"].Value;
            text.Append($"\n\n{signature}\n");
            html.Append($"<p>{WebUtility.HtmlEncode(signature)}</p>");
            if (content.TurnOff is { } kind)
            {
                var token = unsubscribe.Create(recipient.Id, kind);
                var page = site.Url($"mail/unsubscribe?token={Uri.EscapeDataString(token)}");
                var settingsPage = site.Url("profile");
                var why = L["You get this mail because of your mail settings."].Value;
                var stop = L[TurnOffLabel(kind)].Value;
                var change = L["Change your mail settings"].Value;
                text.Append($"\n--\n{why}\n{stop}: {page}\n{change}: {settingsPage}\n");
                html.Append($"<hr><p style=\"font-size:0.9em\">{WebUtility.HtmlEncode(why)} <a href=\"{WebUtility.HtmlEncode(page)}\">{WebUtility.HtmlEncode(stop)}</a> · "
                    + $"<a href=\"{WebUtility.HtmlEncode(settingsPage)}\">{WebUtility.HtmlEncode(change)}</a></p>");
                message.Headers.Add("List-Unsubscribe", $"<{site.Url($"mail/unsubscribe/one-click?token={Uri.EscapeDataString(token)}")}>");
                message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            var body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() };
            foreach (var attachment in content.Attachments)
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
            }
            message.Body = body.ToMessageBody();
            DeclareUtf8(message);
            message.Body.Headers.Replace(HeaderId.ContentLanguage, CommunityLocalization.LanguageOf(recipient));
            await outbox.AddAsync(message, cancellationToken, content.Purpose);
        });

    /// <summary>The instant in the member's zone, with the zone named so nobody has to guess.</summary>
    public static string When(AppUser member, DateTimeOffset instant)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(member.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{local:yyyy-MM-dd HH:mm} {zone.Id} (UTC{local:zzz})";
    }

    /// <summary>What the link at the foot of a mail of this kind does, in words.</summary>
    public static string TurnOffLabel(MailKind kind) => kind switch
    {
        MailKind.Replies => "Stop mails about replies to me",
        MailKind.Debates => "Stop mails about debates opening and closing",
        MailKind.Webinars => "Stop webinar reminders",
        MailKind.Digest => "Stop the digest",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

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
