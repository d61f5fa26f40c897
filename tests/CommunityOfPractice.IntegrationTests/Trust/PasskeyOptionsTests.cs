using System.Net;
using System.Text.Json;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.Trust;

[Collection(AppCollection.Name)]
public sealed class PasskeyOptionsTests(CommunityAppFactory app)
{
    [Fact]
    public async Task Passkey_sign_in_options_are_the_same_for_a_member_and_for_nobody()
    {
        var member = await app.CreatePersonAsync("Passkey Holder", Roles.Member);
        using var browser = new Browser(app);
        var login = await browser.GetAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(login.Html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        async Task<JsonElement> OptionsForAsync(string username)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/Account/PasskeyRequestOptions?username={Uri.EscapeDataString(username)}");
            request.Headers.Add("RequestVerificationToken", System.Net.WebUtility.HtmlDecode(token));
            using var response = await browser.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        var known = await OptionsForAsync(member.Email);
        var unknown = await OptionsForAsync($"nobody.{Guid.NewGuid():N}@example.org");

        Assert.Equal(unknown.EnumerateObject().Select(p => p.Name).Order(), known.EnumerateObject().Select(p => p.Name).Order());
        Assert.False(known.TryGetProperty("allowCredentials", out var listed) && listed.GetArrayLength() > 0, "The options should list no account's credentials.");
    }
}
