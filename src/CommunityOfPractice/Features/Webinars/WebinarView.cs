namespace CommunityOfPractice.Features.Webinars;

/// <param name="Group">The working group whose meeting this is, or null for a community webinar.</param>
/// <param name="MayRegister">Whether the viewer may take a seat: for a group's meeting, only its appointed members.</param>
internal sealed record WebinarView(Webinar Webinar, int Registered, int Waitlisted, RegistrationStatus? ViewerStatus, string? DebateTitle, WebinarGroup? Group, bool MayRegister);
