namespace CommunityOfPractice.Features.Standards;

/// <summary>The refusals every contribution to a round shares: the window, read from the clock at commit time.</summary>
internal static class ConsultationWindow
{
    /// <summary>Why <paramref name="round"/> takes no contribution at <paramref name="now"/>, or null when it is open.</summary>
    public static FieldError? Refusal(ConsultationRound round, DateTimeOffset now, string field) =>
        round.IsOpenAt(now) ? null
        : now < round.OpensAt ? new FieldError(field, "This consultation opens on {0:u}. Your text is kept: send it then.", round.OpensAt)
        : new FieldError(field, "This consultation closed on {0:u}. Your contribution was not saved.", round.ClosesAt);
}
