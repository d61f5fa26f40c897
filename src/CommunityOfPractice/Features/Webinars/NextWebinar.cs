namespace CommunityOfPractice.Features.Webinars;

/// <param name="ViewerStatus">Registered or waitlisted; null for a webinar they may still register for.</param>
/// <param name="IsNear">Near enough to put its meeting link forward (<see cref="Webinar.IsNearAt"/>).</param>
internal sealed record NextWebinar(Webinar Webinar, RegistrationStatus? ViewerStatus, bool IsNear);
