namespace CommunityOfPractice.Features.Standards;

/// <summary>Schedules a round's mails (opening, reminder, closing) at their instants.</summary>
public interface IRoundScheduler
{
    void ScheduleTransitions(ConsultationRound round, DateTimeOffset now);
}
