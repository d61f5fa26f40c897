namespace CommunityOfPractice.BrowserTests.Hosting;

/// <summary>Every page of the site: those anyone can open, and those an administrator (who may open all) can.</summary>
public static class SitePages
{
    public static readonly string[] Public =
    [
        "/", "/join", "/join/sent", "/code-of-conduct", "/privacy", "/Account/Login", "/Account/ForgotPassword",
        "/Account/ResendEmailConfirmation", "/Account/Lockout", "/Account/AccessDenied", "/setup?token=nope", "/no-such-page", "/api-reference",
        "/mail/unsubscribe?token=nope", "/statements",
    ];

    /// <summary>Every page an administrator can open; "/" is then the member's home, staff queues included.</summary>
    public static readonly string[] ForAdministrator =
    [
        "/", "/members", "/debates", "/debates/new", "/webinars", "/webinars/new", "/events", "/events?month=2018-06", "/profile", "/application", "/moderation",
        "/moderation/practices/from-debates", "/admin", "/admin/audit?action=role.", "/admin/mail", "/admin/themes", "/admin/api-clients",
        "/syntheses", "/syntheses/impact", "/standards", "/standards/new", "/standards/endorsements", "/standards/moderation",
        "/organisations", "/organisations?region=Africa&kind=Academia", "/organisations/join", "/organisations/mine", "/organisations/review", "/organisations/settings",
        "/groups", "/groups/new", "/statements", "/statements/new",
        "/Account/Manage", "/Account/Manage/Email", "/Account/Manage/ChangePassword", "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/Passkeys", "/Account/Manage/PersonalData", "/Account/Manage/DeletePersonalData", "/Account/Manage/ResetAuthenticator",
    ];

    /// <summary>
    /// A working group's pages, which need a group to exist: the working groups' browser test walks them (axe in en, fr
    /// and es, light and dark, and at phone width) for the group it makes.
    /// </summary>
    public static string[] OfGroup(int groupId) => [$"/groups/{groupId}", $"/groups/{groupId}/edit", $"/groups/{groupId}/apply", $"/groups/{groupId}/debates/new", $"/groups/{groupId}/meetings/new"];

    /// <summary>
    /// A working group's document pages, which need a document with two versions: the group documents' browser test walks
    /// them (axe in en, fr and es, and at phone width).
    /// </summary>
    public static string[] OfGroupDocument(int groupId, int documentId) =>
        [$"/groups/{groupId}/documents/new", $"/groups/{groupId}/documents/{documentId}", $"/groups/{groupId}/documents/{documentId}/v1",
            $"/groups/{groupId}/documents/{documentId}/compare"];

    /// <summary>
    /// A statement's pages, which need a statement to exist: the statements' browser test walks them (axe in en, fr and
    /// es, and at phone width): its signing page, its edit page (the form for a draft, the lock once open), and its public
    /// page once published.
    /// </summary>
    public static string[] OfStatement(string slug) => [$"/statements/{slug}/sign", $"/statements/{slug}/edit", $"/statements/{slug}"];

    /// <summary>
    /// A draft statement's pages for whoever runs it: the signing page with the toolkit's remove buttons, and the edit
    /// form filled with the draft; the statements' browser test walks them (axe in en, fr and es, and at phone width).
    /// </summary>
    public static string[] OfDraftStatement(string slug) => [$"/statements/{slug}/sign", $"/statements/{slug}/edit"];

    /// <summary>The path with the language asked for in its address.</summary>
    public static string In(string path, string language) => $"{path}{(path.Contains('?') ? '&' : '?')}culture={language}";
}
