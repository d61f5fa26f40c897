using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.Web.Platform;
using Microsoft.Extensions.Logging;

namespace CommunityOfPractice.Tests.Platform;

/// <summary>The one recurring job that runs every feature's reconciler: a failing one is logged and holds up no other.</summary>
public sealed class ReconciliationJobTests
{
    [Fact]
    public async Task A_failing_reconciler_is_logged_and_the_next_one_still_runs()
    {
        var failing = new Reconciler("debates", fails: true);
        var after = new Reconciler("webinars", fails: false);
        var logger = new RecordingLogger();

        await new ReconciliationJob([failing, after], logger).RunAsync();

        Assert.Equal(1, failing.Runs);
        Assert.Equal(1, after.Runs);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("debates", entry.Message);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    private sealed class Reconciler(string name, bool fails) : IReconciler
    {
        public int Runs { get; private set; }

        public string Name => name;

        public Task ReconcileAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return fails ? throw new InvalidOperationException("The database does not answer.") : Task.CompletedTask;
        }

        public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }

    private sealed class RecordingLogger : ILogger<ReconciliationJob>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
