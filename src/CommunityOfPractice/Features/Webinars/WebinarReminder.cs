namespace CommunityOfPractice.Features.Webinars;

internal enum WebinarReminder
{
    DayBefore,
    HourBefore,
}
