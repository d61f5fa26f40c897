using System.Globalization;

namespace CommunityOfPractice.Benchmarks;

/// <param name="Acks">The posters' waits for the hub's answer (the write path); empty for the raw broadcast, which writes nothing.</param>
internal sealed record FanOutResult(double[] Latencies, long Expected, long Received, int Accepted, int Refused, string SamplePayload, double[]? Acks = null)
{
    public double Percentile(double p) => Percentile(Latencies, p);

    internal static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public string Report(string name)
    {
        var answered = Acks is { Length: > 0 } acks
            ? string.Create(CultureInfo.InvariantCulture, $"; post answered p50 {Percentile(acks, 0.5):F1} ms, p99 {Percentile(acks, 0.99):F1} ms")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-36} posts {Accepted} accepted/{Refused} refused; deliveries {Received}/{Expected} (lost {Expected - Received}); " +
            $"latency p50 {Percentile(0.5):F1} ms, p99 {Percentile(0.99):F1} ms, max {(Latencies.Length == 0 ? double.NaN : Latencies.Max()):F1} ms") + answered;
    }
}
