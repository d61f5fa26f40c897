namespace CommunityOfPractice.Features.Mail;

/// <summary>A kind of mail a member can turn off with one click from the mail itself (RFC 8058).</summary>
internal enum MailKind
{
    /// <summary>Someone replied to the member's post.</summary>
    Replies,
    /// <summary>A debate opens or is about to close.</summary>
    Debates,
    /// <summary>Reminders of the webinars the member registered for.</summary>
    Webinars,
    /// <summary>The daily or weekly digest.</summary>
    Digest,
}
