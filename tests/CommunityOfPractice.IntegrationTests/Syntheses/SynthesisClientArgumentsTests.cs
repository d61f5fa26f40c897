using System.Diagnostics;

namespace CommunityOfPractice.IntegrationTests.Syntheses;

/// <summary>The sample API client, run as its users run it: a bad argument gets the usage and exit code 2, never a stack trace.</summary>
public sealed class SynthesisClientArgumentsTests
{
    [Theory]
    [InlineData(new[] { "not an address" }, "\"not an address\" is not an http or https address.")]
    [InlineData(new[] { "ftp://example.org" }, "\"ftp://example.org\" is not an http or https address.")]
    [InlineData(new[] { "http://127.0.0.1:9", "abc" }, "\"abc\" is not a synthesis id")]
    [InlineData(new[] { "http://127.0.0.1:9", "-3" }, "\"-3\" is not a synthesis id")]
    [InlineData(new[] { "http://127.0.0.1:9", "0" }, "\"0\" is not a synthesis id")]
    [InlineData(new string[0], "usage:")]
    public async Task A_bad_argument_gets_the_usage_and_exit_code_2(string[] arguments, string message)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SynthesisClient.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["COP_CLIENT_ID"] = "cop-test";
        start.Environment["COP_CLIENT_SECRET"] = "a secret";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(message, error);
        Assert.Contains("usage: COP_CLIENT_ID=", error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.Equal("", await output);
    }
}
