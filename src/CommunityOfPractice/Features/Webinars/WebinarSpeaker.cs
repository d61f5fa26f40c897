namespace CommunityOfPractice.Features.Webinars;

public sealed class WebinarSpeaker
{
    public int Id { get; set; }
    public int WebinarId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Bio { get; set; }
}
