using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Statements;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Statements;

/// <summary>
/// A statement takes signatures from its opening instant included to its closing instant excluded, as the fake clock
/// reads it; only for an organisation the member represents, once per organisation; withdrawn only while open. Its text
/// changes only while it is a draft: up to one tick before the opening, never once opened or signed.
/// </summary>
public sealed class SigningRulesTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private static readonly DateTimeOffset Opens = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Statement Statement = new() { Title = "Tax sugary drinks", OpensAt = Opens, ClosesAt = Opens.AddDays(10) };
    private const int Mine = 7;
    private const int Theirs = 9;

    private static FieldError? Sign(FakeTimeProvider clock, int organisation, params int[] signed) =>
        StatementRules.CheckSigning(Statement, clock.GetUtcNow(), [Mine], signed, organisation);

    [Fact]
    public void One_tick_before_opening_is_a_draft_that_refuses_signatures_and_the_opening_instant_is_open()
    {
        var clock = new FakeTimeProvider(Opens - Tick);
        Assert.Equal(StatementState.Draft, Statement.StateAt(clock.GetUtcNow()));
        Assert.Equal("The signing window has not opened yet.", Sign(clock, Mine)?.Message);
        clock.SetUtcNow(Opens);
        Assert.Equal(StatementState.Open, Statement.StateAt(clock.GetUtcNow()));
        Assert.Null(Sign(clock, Mine));
    }

    [Fact]
    public void One_tick_before_closing_is_open_and_the_closing_instant_is_closed()
    {
        var clock = new FakeTimeProvider(Statement.ClosesAt - Tick);
        Assert.Null(Sign(clock, Mine));
        Assert.Null(StatementRules.CheckWithdrawal(Statement, clock.GetUtcNow(), [Mine], [Mine], Mine));
        clock.SetUtcNow(Statement.ClosesAt);
        Assert.Equal(StatementState.Closed, Statement.StateAt(clock.GetUtcNow()));
        Assert.Equal("The signing window has closed.", Sign(clock, Mine)?.Message);
        Assert.Equal("The signing window has closed.", StatementRules.CheckWithdrawal(Statement, clock.GetUtcNow(), [Mine], [Mine], Mine)?.Message);
    }

    [Fact]
    public void An_organisation_signs_once_and_only_its_representatives_sign_or_withdraw_for_it()
    {
        var clock = new FakeTimeProvider(Opens.AddDays(1));
        Assert.Equal("You can sign only for an approved organisation you represent.", Sign(clock, Theirs)?.Message);
        Assert.Equal("This organisation has already signed the statement.", Sign(clock, Mine, Mine)?.Message);
        Assert.Null(Sign(clock, Mine, Theirs));
        Assert.Equal("You can withdraw only the signature of an organisation you represent.",
            StatementRules.CheckWithdrawal(Statement, clock.GetUtcNow(), [Mine], [Theirs], Theirs)?.Message);
        Assert.Equal("This organisation has not signed the statement.", StatementRules.CheckWithdrawal(Statement, clock.GetUtcNow(), [Mine], [Theirs], Mine)?.Message);
    }

    [Fact]
    public void A_window_entered_in_a_time_zone_is_stored_in_utc_and_must_close_after_it_opens()
    {
        var now = new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
        var errors = StatementRules.ValidateWindow(new DateTime(2026, 6, 1, 9, 0, 0), new DateTime(2026, 6, 15, 18, 0, 0), "Europe/Paris", now, out var opensAt, out var closesAt);
        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero), opensAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 16, 0, 0, TimeSpan.Zero), closesAt);
        var inverted = StatementRules.ValidateWindow(new DateTime(2026, 6, 15, 9, 0, 0), new DateTime(2026, 6, 1, 9, 0, 0), "UTC", now, out _, out _);
        Assert.Equal("The signing window must close after it opens.", Assert.Single(inverted).Message);
        var equal = StatementRules.ValidateWindow(new DateTime(2026, 6, 1, 9, 0, 0), new DateTime(2026, 6, 1, 9, 0, 0), "UTC", now, out _, out _);
        Assert.Equal("The signing window must close after it opens.", Assert.Single(equal).Message);
        Assert.Equal("Choose a time zone from the list.", Assert.Single(StatementRules.ValidateWindow(null, null, "Mars/Olympus", now, out _, out _)).Message);
    }

    [Fact]
    public void The_text_changes_one_tick_before_the_window_opens_and_is_locked_at_the_opening_instant()
    {
        var clock = new FakeTimeProvider(Opens - Tick);
        Assert.Null(StatementRules.CheckEditing(Statement, clock.GetUtcNow(), hasSignatures: false));
        clock.SetUtcNow(Opens);
        Assert.Equal("The signing window has opened: the text is locked, as organisations sign it as it stands.",
            StatementRules.CheckEditing(Statement, clock.GetUtcNow(), hasSignatures: false)?.Message);
        clock.SetUtcNow(Statement.ClosesAt);
        Assert.Same(StatementRules.TextLocked, StatementRules.CheckEditing(Statement, clock.GetUtcNow(), hasSignatures: false));
    }

    [Fact]
    public void A_window_moved_later_after_it_opened_or_after_a_signature_keeps_the_text_locked()
    {
        var clock = new FakeTimeProvider(Opens - TimeSpan.FromDays(1));
        var reopened = new Statement { Title = Statement.Title, OpensAt = Opens, ClosesAt = Statement.ClosesAt, OpenedAt = Opens - TimeSpan.FromDays(2) };
        Assert.Same(StatementRules.TextLocked, StatementRules.CheckEditing(reopened, clock.GetUtcNow(), hasSignatures: false));
        Assert.Same(StatementRules.TextLocked, StatementRules.CheckEditing(Statement, clock.GetUtcNow(), hasSignatures: true));
        Assert.Null(StatementRules.CheckEditing(Statement, clock.GetUtcNow(), hasSignatures: false));
    }

    [Fact]
    public void An_empty_title_or_text_is_refused()
    {
        var errors = StatementRules.ValidateText(new StatementCommand { Title = "  ", Markdown = "", Language = "en" });
        Assert.Equal(["Title", "Markdown"], errors.Select(e => e.Field));
        Assert.Equal("Choose the statement's language.", Assert.Single(StatementRules.ValidateText(new StatementCommand { Title = "T", Markdown = "M", Language = "de" })).Message);
    }
}
