namespace OsuScale.Ingest;

/// <summary>What kind of input <see cref="CampaignReader"/> found a file or text to be.</summary>
public enum InputKind
{
    /// <summary>Text: plain OSU Micro-Benchmarks output or a metrics-operator launcher log (possibly with <c>kubectl logs --timestamps</c> prefixes).</summary>
    Log,

    /// <summary>A metrics-operator SDK JSON export: a list of iterations with <c>data</c>, <c>metadata</c> and <c>spec</c>.</summary>
    MetricsOperatorJson,

    /// <summary>A times.log CSV (<c>METRIC,TIME_SECONDS,SIZE_NODES</c>): not a log, skipped when reading a folder.</summary>
    TimesLog,
}
