namespace CommunityOfPractice.Features.Membership;

/// <summary>An uploaded letter of support: checked by its content (PDF magic bytes), never by its name.</summary>
internal static class SupportLetter
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>Where the file named in <see cref="MembershipApplication.SupportLetterFile"/> is kept in the file store.</summary>
    public static string KeyOf(string file) => $"letters/{file}";

    public static FieldError? Validate(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            return new FieldError(nameof(JoinCommand.SupportLetter), "The letter of support must be at most 5 MB.");
        }
        if (!content.StartsWith(PdfMagic))
        {
            return new FieldError(nameof(JoinCommand.SupportLetter), "The letter of support must be a PDF file.");
        }
        return null;
    }
}
