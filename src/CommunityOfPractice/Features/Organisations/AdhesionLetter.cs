namespace CommunityOfPractice.Features.Organisations;

/// <summary>The adhesion letter signed by an organisation's head: checked by its content (PDF magic bytes), never by its name.</summary>
internal static class AdhesionLetter
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>Where the file named in <see cref="Organisation.LetterFile"/> is kept in the file store.</summary>
    public static string KeyOf(string file) => $"letters/organisations/{file}";

    public static FieldError? Validate(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return new FieldError(nameof(OrganisationCommand.Letter), "Attach the adhesion letter signed by the organisation's head.");
        }
        if (content.Length > MaxBytes)
        {
            return TooLarge;
        }
        if (!content.StartsWith(PdfMagic))
        {
            return new FieldError(nameof(OrganisationCommand.Letter), "The adhesion letter must be a PDF file.");
        }
        return null;
    }

    public static FieldError TooLarge { get; } = new(nameof(OrganisationCommand.Letter), "The adhesion letter must be at most 5 MB.");
}
