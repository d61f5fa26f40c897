namespace CommunityOfPractice.Features.Mail;

/// <summary>Asks the job server to run the outbox's sending (the host implements it with Hangfire).</summary>
internal interface IMailDispatch
{
    void SendSoon();

    void SendAt(DateTimeOffset instant);
}
