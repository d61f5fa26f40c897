namespace CommunityOfPractice.Features.Practices;

/// <summary>Mails about entries: curators hear of submissions, submitters of each decision.</summary>
internal interface IPracticeMail
{
    /// <summary>Tells the curators that an entry waits for them.</summary>
    Task SendSubmittedAsync(Practice practice, CancellationToken cancellationToken = default);

    /// <summary>Tells the submitter what a curator did, with the curator's text.</summary>
    Task SendDecisionAsync(Practice practice, PracticeReviewAction action, string? text, CancellationToken cancellationToken = default);
}
