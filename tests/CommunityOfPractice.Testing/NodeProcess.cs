using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace CommunityOfPractice.Testing;

/// <summary>
/// The built app started as a process of its own, as a deployment runs it, so a test can kill it with SIGKILL.
/// It listens on a free loopback port; its output is kept for the failure message.
/// </summary>
public sealed partial class NodeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private NodeProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<NodeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WebDll()])
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // The build output, not a published folder: only in Development does the host serve the static web assets
        // (blazor.web.js, the stylesheets) from their project folders. In Production a page would never go interactive.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var node = new NodeProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        if (!await WaitForHealthAsync(node.BaseAddress, () => node.process.HasExited, TimeSpan.FromSeconds(90)))
        {
            throw new InvalidOperationException($"The node did not start:\n{node.Output}");
        }
        return node;
    }

    /// <summary>Waits until <c>/health</c> answers 200; false if the process ended or the time ran out first.</summary>
    internal static async Task<bool> WaitForHealthAsync(Uri baseAddress, Func<bool> hasExited, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (!hasExited() && DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>
    /// The community a node loads on its first start (<c>Demo:Seed</c> with <c>Demo:Path</c>): members who share
    /// <paramref name="password"/>, the first of them a moderator, and debate 1, open now until <paramref name="closesAt"/>.
    /// </summary>
    public static async Task<string> WriteCommunityAsync(string folder, string password, DateTimeOffset closesAt, params string[] emails)
    {
        var path = Path.Combine(folder, "community.json");
        await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(new
        {
            password,
            members = emails.Select((email, i) => new
            {
                email,
                displayName = email.Split('@')[0],
                category = i == 0 ? "Other" : "PersonLivingWithNcd",
                ncdAreas = 1,
                countryCode = i % 2 == 0 ? "CH" : "KE",
                language = "en",
                timeZone = "UTC",
                motivation = "test",
                roles = i == 0 ? new[] { "Moderator" } : [],
            }),
            debates = new[] { new { title = "Debate across nodes", summary = "Two nodes", moderatorEmail = emails[0], questions = Array.Empty<string>(), opensAt = DateTimeOffset.UtcNow.AddHours(-1), closesAt } },
        }));
        return path;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as a crashed machine.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Signs in through the real sign-in form and returns the cookie header, for hub clients.</summary>
    public async Task<string> SignInAsync(string email, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        var form = await client.GetStringAsync("/Account/Login");
        var fields = HiddenInputs().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}.");
        }
        return cookies.GetCookieHeader(BaseAddress);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>The web app as the same build configuration as these tests built it (tests/run.sh: Release).</summary>
    private static string WebDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        for (var folder = testBin; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "CommunityOfPractice.Web", "bin", configuration, "net10.0", "CommunityOfPractice.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"The web app's {configuration} build was not found above {testBin.FullName}: build the solution first.");
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"[^>]*>")]
    private static partial Regex HiddenInputs();
}
