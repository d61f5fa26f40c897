using Bunit;
using CommunityOfPractice.Features.Content;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Debates;

/// <summary>
/// The composer in its two places: at the foot for a new thread, under a post for a reply. The words belong to the
/// room's <see cref="ComposerDraft"/>, so a composer that moves (a new component) starts from what was typed.
/// </summary>
public sealed class ComposerTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);

    public ComposerTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton<MarkdownRenderer>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private ComposerDraft Draft(string text, long? parentId = null)
    {
        var draft = new ComposerDraft(Services.GetRequiredService<IServiceScopeFactory>(), clock, "viewer", 7);
        draft.Restore(text, parentId, QuotingConsent.QuoteWithName);
        return draft;
    }

    private static PostView PostBy(string author) => new(42, null, 1, null, null, "author", author, PostKind.Member, PostStatus.Published,
        "<p>A post.</p>", "A post.", null, false, false, false, 0, Now.AddHours(-1), null, QuotingConsent.QuoteAnonymously);

    private IRenderedComponent<DebateComposer> Composer(ComposerDraft draft, PostView? replyTo = null, Action? onCancel = null) =>
        Render<DebateComposer>(p => p
            .Add(c => c.DebateId, 7)
            .Add(c => c.ViewerId, "viewer")
            .Add(c => c.Questions, [])
            .Add(c => c.Draft, draft)
            .Add(c => c.ReplyTo, replyTo)
            .Add(c => c.OnCancelReply, EventCallback.Factory.Create(this, onCancel ?? (() => { }))));

    [Fact]
    public void Under_a_post_the_composer_says_whom_it_answers_and_offers_to_cancel()
    {
        var cancelled = false;
        var composer = Composer(Draft("Half a thought, ", parentId: 42), PostBy("Amina W."), () => cancelled = true);

        var heading = composer.Find("#composer-heading");
        Assert.Equal("H3", heading.TagName);
        Assert.Equal("Reply to Amina W.", heading.TextContent);
        Assert.Equal("Half a thought, ", composer.Find("textarea").GetAttribute("value"));
        Assert.Contains("composer-inline", composer.Find("[data-testid=composer]").ClassList);

        composer.Find("[data-testid=cancel-reply]").Click();
        Assert.True(cancelled, "Cancel the reply did not tell the room.");
    }

    [Fact]
    public void At_the_foot_it_is_a_new_post_without_a_cancel()
    {
        var composer = Composer(Draft(""));
        var heading = composer.Find("#composer-heading");
        Assert.Equal("H2", heading.TagName);
        Assert.Equal("Add a post", heading.TextContent);
        Assert.Empty(composer.FindAll("[data-testid=cancel-reply]"));
    }

    [Fact]
    public void What_is_typed_goes_with_the_composer_to_its_next_place_with_the_quoting_choice()
    {
        var draft = Draft("");
        var atFoot = Composer(draft);
        atFoot.Find("textarea").Input("Words typed at the foot.");
        atFoot.Find("#composer-consent").Change(nameof(QuotingConsent.DoNotQuote));
        Assert.Equal("Words typed at the foot.", draft.Text);
        atFoot.Dispose();

        // "Reply": a new composer under the post, from the same draft.
        var underPost = Composer(draft, PostBy("Joao P."));
        Assert.Equal("Words typed at the foot.", underPost.Find("textarea").GetAttribute("value"));
        Assert.Equal(nameof(QuotingConsent.DoNotQuote), underPost.Find("#composer-consent").GetAttribute("value"));
        // The preview follows the words.
        Assert.Contains("Words typed at the foot.", underPost.Find("[role=region]").TextContent);
    }
}
