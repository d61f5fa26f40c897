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
        Assert.True(application.ConfirmEmail(Now));
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal(Now, application.EmailConfirmedAt);
    }

    [Theory]
    [InlineData(ApplicationStatus.Pending)]
    [InlineData(ApplicationStatus.InformationRequested)]
    public void An_application_awaiting_a_decision_can_be_approved(ApplicationStatus from)
    {
        var application = In(from);
        Assert.True(application.Approve("moderator", Now));
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
        Assert.False(application.Approve("moderator", Now));
        Assert.False(application.Reject("moderator", "reason", Now));
        Assert.False(application.RequestInformation("question?"));
        Assert.Equal(from, application.Status);
    }

    [Fact]
    public void A_rejection_keeps_its_reason()
    {
        var application = In(ApplicationStatus.Pending);
        Assert.True(application.Reject("moderator", "Out of scope", Now));
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("Out of scope", application.RejectionReason);
    }

    [Fact]
    public void A_question_waits_for_the_answer_which_returns_the_application_to_the_queue()
    {
        var application = In(ApplicationStatus.Pending);
        Assert.True(application.RequestInformation("Which organisation?"));
        Assert.Equal(ApplicationStatus.InformationRequested, application.Status);
        Assert.False(application.RequestInformation("A second question before the answer?"));

        Assert.True(application.AnswerInformationRequest("Heart Friends"));
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Equal("Heart Friends", application.InformationResponse);
        Assert.False(application.AnswerInformationRequest("Answering twice"));
    }

    [Fact]
    public void Confirming_twice_changes_nothing()
    {
        var application = In(ApplicationStatus.AwaitingEmailConfirmation);
        application.ConfirmEmail(Now);
        Assert.False(application.ConfirmEmail(Now.AddHours(1)));
        Assert.Equal(Now, application.EmailConfirmedAt);
    }
}
