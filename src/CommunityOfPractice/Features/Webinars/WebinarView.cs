namespace CommunityOfPractice.Features.Webinars;

public sealed record WebinarView(Webinar Webinar, int Registered, int Waitlisted, RegistrationStatus? ViewerStatus, string? DebateTitle);
