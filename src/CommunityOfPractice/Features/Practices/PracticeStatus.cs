namespace CommunityOfPractice.Features.Practices;

public enum PracticeStatus
{
    Draft,
    /// <summary>Waiting for a curator.</summary>
    Submitted,
    /// <summary>Sent back to the submitter with a curator's note.</summary>
    ChangesRequested,
    Published,
    Rejected,
    Unpublished,
}
