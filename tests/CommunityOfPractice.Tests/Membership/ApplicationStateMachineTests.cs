using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Tests.Membership;

public sealed class ApplicationStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static MembershipApplication In(ApplicationStatus status) => new() { Status = status };

    [Fact]
    public void Confirming_the_email_puts_the_application_in_the_queue()
    {
        var application = In(ApplicationStatus.AwaitingEmailConfirmation);
        Assert.True(application.ConfirmEmail(Now), "Confirming the email of an application awaiting confirmation should succeed.");
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal(Now, application.EmailConfirmedAt);
    }

    [Theory]
    [InlineData(ApplicationStatus.Pending)]
    [InlineData(ApplicationStatus.InformationRequested)]
    public void An_application_awaiting_a_decision_can_be_approved(ApplicationStatus from)
    {
        var application = In(from);
        Assert.True(application.Approve("moderator", Now), $"An application that is {from} should be approvable.");
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal("moderator", application.DecidedById);
        Assert.Equal(Now, application.DecidedAt);
    }

    [Theory]
    [InlineData(ApplicationStatus.AwaitingEmailConfirmation)]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    public void An_unconfirmed_or_decided_application_cannot_be_decided_again(ApplicationStatus from)
    {
        var application = In(from);
        Assert.False(application.Approve("moderator", Now), $"An application that is {from} should not be approved.");
        Assert.False(application.Reject("moderator", "reason", Now), $"An application that is {from} should not be rejected.");
        Assert.False(application.RequestInformation("question?"), $"An application that is {from} should not receive a request for information.");
        Assert.Equal(from, application.Status);
    }

    [Fact]
    public void A_rejection_keeps_its_reason()
    {
        var application = In(ApplicationStatus.Pending);
        Assert.True(application.Reject("moderator", "Out of scope", Now), "A pending application should be rejectable.");
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("Out of scope", application.RejectionReason);
    }

    [Fact]
    public void A_question_waits_for_the_answer_which_returns_the_application_to_the_queue()
    {
        var application = In(ApplicationStatus.Pending);
        Assert.True(application.RequestInformation("Which organisation?"), "A pending application should accept a request for information.");
        Assert.Equal(ApplicationStatus.InformationRequested, application.Status);
        Assert.False(application.RequestInformation("A second question before the answer?"),
            "A second request for information should be refused while the first awaits its answer.");

        Assert.True(application.AnswerInformationRequest("Heart Friends"), "The answer to the request for information should be accepted.");
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal("Heart Friends", application.InformationResponse);
        Assert.False(application.AnswerInformationRequest("Answering twice"), "A second answer should be refused once the application is back in the queue.");
    }

    [Fact]
    public void Confirming_twice_changes_nothing()
    {
        var application = In(ApplicationStatus.AwaitingEmailConfirmation);
        application.ConfirmEmail(Now);
        Assert.False(application.ConfirmEmail(Now.AddHours(1)), "Confirming an email a second time should be refused.");
        Assert.Equal(Now, application.EmailConfirmedAt);
    }
}
