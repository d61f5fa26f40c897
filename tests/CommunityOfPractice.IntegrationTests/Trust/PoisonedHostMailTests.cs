using System.Globalization;
using System.Net;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using MimeKit;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>
/// The webinar, debate and synthesis mails that a request sets off, asked with a poisoned Host header: every link (and
/// the calendar invitation's address) comes from PublicBaseUrl, and opens the page it promises.
/// The account mails (reset, confirmation, join, email change) have the same tests in <see cref="AccountMailTests"/>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PoisonedHostMailTests(CommunityAppFactory app)
{
    private const string PoisonedHost = "evil.example";

    /// <summary>Signed in as <paramref name="person"/>, then every request names the poisoned host.</summary>
    private async Task<Browser> PoisonedAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        browser.Client.DefaultRequestHeaders.Host = PoisonedHost;
        return browser;
    }

    private static string FromThisSite(MimeMessage mail, string pathPart)
    {
        var link = Mailbox.LinkIn(mail, pathPart);
        Assert.True(link.StartsWith("http://localhost/", StringComparison.Ordinal), $"The link should be built from PublicBaseUrl (http://localhost): {link}");
        Assert.True(!mail.ToString().Contains(PoisonedHost, StringComparison.OrdinalIgnoreCase), $"The mail names the request's Host:\n{mail}");
        return new Uri(link).PathAndQuery + new Uri(link).Fragment;
    }

    [Fact]
    public async Task A_webinar_registration_mails_a_page_link_and_an_invitation_of_this_site()
    {
        var id = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(10));
        var member = await app.CreatePersonAsync("Poisoned Registrant", Roles.Member);
        using (var browser = await PoisonedAsync(member))
        {
            var registered = await browser.SubmitAsync($"/webinars/{id}", "register", new Dictionary<string, string>());
            Assert.True(registered.IsRedirect, registered.Text);
        }

        var mail = await app.Mailbox.WaitForAsync(member.Email, "You are registered");
        var path = FromThisSite(mail, $"webinars/{id}");
        var invitation = Assert.Single(mail.Attachments.OfType<MimePart>(), a => a.FileName?.EndsWith(".ics", StringComparison.Ordinal) == true);
        using var text = new StreamReader(invitation.Content!.Open());
        var calendar = await text.ReadToEndAsync();
        Assert.Contains($"http://localhost/webinars/{id}", calendar);

        using var reader = new Browser(app);
        await reader.SignInAsync(member);
        var page = await reader.NavigateAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(WebinarSetup.MeetingUrl, page.Text);
    }

    [Fact]
    public async Task A_reply_posted_through_a_poisoned_connection_mails_a_link_to_the_reply_on_this_site()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var author = await app.ChooseMailAsync(await app.CreatePersonAsync("Poisoned Answered", Roles.Member), Features.Mail.MailFrequency.Immediate);
        var replier = await app.CreatePersonAsync("Poisoned Replier", Roles.Member);
        using var authorBrowser = new Browser(app);
        await authorBrowser.SignInAsync(author);
        using var replierBrowser = await PoisonedAsync(replier);
        await using var asAuthor = await HubClients.ConnectAsync(app, authorBrowser);
        await using var asReplier = await ConnectWithHostAsync(replierBrowser, PoisonedHost);

        var question = await asAuthor.InvokeAsync<PostAck>("Post", debateId, null, "Who pays for the travel?", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(question.Accepted, question.Error);
        var answer = await asReplier.InvokeAsync<PostAck>("Post", debateId, question.PostId, "The district, in our case.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(answer.Accepted, answer.Error);

        var mail = await app.Mailbox.WaitForAsync(author.Email, "Poisoned Replier replied to you");
        var path = FromThisSite(mail, $"debates/{debateId}");
        Assert.EndsWith($"#post-{answer.PostId}", path);
        var page = await authorBrowser.NavigateAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The district, in our case.", page.Text);
    }

    [Fact]
    public async Task A_member_check_opened_from_a_poisoned_host_mails_the_participants_a_review_link_of_this_site()
    {
        var debate = await SynthesisSetup.ClosedDebateAsync(app);
        var coordinator = await SynthesisSetup.CoordinatorAsync(app);
        using (var browser = await PoisonedAsync(coordinator))
        {
            var started = await browser.SubmitAsync("/syntheses", "start", new Dictionary<string, string> { ["Input.DebateId"] = debate.Id.ToString(CultureInfo.InvariantCulture) });
            Assert.True(started.IsRedirect, started.Html);
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi");
            string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            var now = DateTimeOffset.UtcNow;
            var scheduled = await browser.SubmitAsync(new Uri(new Uri("http://localhost"), started.Location!).PathAndQuery, "member-check", new Dictionary<string, string> { ["opens"] = Local(now.AddMinutes(-1)), ["closes"] = Local(now.AddDays(3)) });
            Assert.True(scheduled.IsRedirect, scheduled.Html);
        }

        var mail = await app.Mailbox.WaitForAsync(debate.Named.Email, "Your review is asked", TimeSpan.FromSeconds(60));
        var path = FromThisSite(mail, "/review");
        using var participant = new Browser(app);
        await participant.SignInAsync(debate.Named);
        var review = await participant.NavigateAsync(path);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("name=\"_handler\" value=\"comment\"", review.Html);
    }

    /// <summary>A hub client whose every request names <paramref name="host"/>, as a browser sent to a poisoned address would.</summary>
    private async Task<HubConnection> ConnectWithHostAsync(Browser signedIn, string host)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/debates"), options =>
            {
                options.HttpMessageHandlerFactory = _ => new HostHeader(host) { InnerHandler = app.Server.CreateHandler() };
                options.Transports = HttpTransportType.LongPolling;
                options.Headers["Cookie"] = signedIn.CookieHeader;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private sealed class HostHeader(string host) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
