namespace CommunityOfPractice.Features.Webinars;

public enum WebinarReminder
{
    DayBefore,
    HourBefore,
}
