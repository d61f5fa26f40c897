namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Hangfire's log provider is process-wide while logger factories belong to a host. When a host stops before a
/// job worker of another host in the same process (a second app instance, a test host), its disposed factory must
/// silence that worker's logs, not fail the worker and stall every job for a retry interval.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : Hangfire.Logging.ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider inner = new(loggers);

    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Guarded(null);
        }
    }

    /// <summary>Hangfire keeps loggers in static fields: one made by a host that has stopped since must not throw.</summary>
    private sealed class Guarded(Hangfire.Logging.ILog? logger) : Hangfire.Logging.ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return logger?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
