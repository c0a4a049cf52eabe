using System.Diagnostics.Metrics;

namespace Baton.Server.Features.Timers;

/// <summary>Fire lag (fired minus due) and counts, published on the "Baton" meter for OpenTelemetry.</summary>
public sealed class TimerMetrics : IDisposable
{
    public const string MeterName = "Baton";
    private readonly Meter _meter;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _fired;
    private readonly Counter<long> _failed;

    public TimerMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _lag = _meter.CreateHistogram<double>("baton.timers.fire_lag", unit: "ms", description: "Time from a timer's due instant to its firing");
        _fired = _meter.CreateCounter<long>("baton.timers.fired", description: "Timers fired");
        _failed = _meter.CreateCounter<long>("baton.timers.failed", description: "Timer handler failures (retried with backoff)");
    }

    public void Fired(string kind, TimeSpan lag)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _lag.Record(lag.TotalMilliseconds, tag);
        _fired.Add(1, tag);
    }

    public void Failed(string kind) => _failed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Dispose() => _meter.Dispose();
}
