namespace CommunityOfPractice.Features.Syntheses;

public enum ExportFormat
{
    Docx,
    Markdown,
    Html,
    Json,
    Csv,
}
