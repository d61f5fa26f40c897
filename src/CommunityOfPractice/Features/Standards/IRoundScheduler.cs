namespace CommunityOfPractice.Features.Standards;

/// <summary>Schedules a round's mails (opening, reminder, closing) at their instants.</summary>
internal interface IRoundScheduler
{
    void ScheduleTransitions(ConsultationRound round, DateTimeOffset now);
}
