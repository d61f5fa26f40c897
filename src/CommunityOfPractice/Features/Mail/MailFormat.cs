using MimeKit;

namespace CommunityOfPractice.Features.Mail;

/// <summary>How a message is written out: CRLF line endings, as RFC 5322 wants and strict readers expect, on any OS.</summary>
internal static class MailFormat
{
    public static FormatOptions Options { get; } = CreateOptions();

    private static FormatOptions CreateOptions()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        return options;
    }
}
