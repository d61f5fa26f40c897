namespace CommunityOfPractice.Features.Mail;

/// <summary>Asks the job server to run the outbox's sending (the host implements it with Hangfire).</summary>
public interface IMailDispatch
{
    void SendSoon();

    void SendAt(DateTimeOffset instant);
}
