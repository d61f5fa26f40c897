using System.Text.RegularExpressions;
using MimeKit;

namespace CommunityOfPractice.Testing;

/// <summary>Reads the .eml files the app writes, as a person reads their inbox.</summary>
public sealed partial class Mailbox(string folder)
{
    public IReadOnlyList<MimeMessage> For(string email) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
                .ToList()
            : [];

    /// <summary>Waits for a message to <paramref name="email"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(string email, string subject, TimeSpan? timeout = null)
    {
        // Generous: a mail passes through two jobs (the one that writes it, the outbox's), which may queue behind a
        // debate opening's hundreds of mails on a busy two-core machine.
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var found = For(email).LastOrDefault(m => (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail to {email} about '{subject}'. Got: {string.Join(" | ", For(email).Select(m => m.Subject))}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The first link in the message's text that contains <paramref name="pathPart"/>.</summary>
    public static string LinkIn(MimeMessage message, string pathPart)
    {
        var text = message.TextBody ?? "";
        var link = Links().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.Contains(pathPart, StringComparison.OrdinalIgnoreCase));
        return link ?? throw new InvalidOperationException($"No link containing '{pathPart}' in: {text}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
