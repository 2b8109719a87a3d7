using System.Collections.Immutable;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Model;

namespace OsuScale.Tests.Show;

/// <summary>
/// Hand-built campaigns and verdicts for the Show tests: small, deterministic (a seeded generator for the noise) and
/// independent of the parser and the model, so that the figures are tested on values we know.
/// </summary>
internal static class ShowFixtures
{
    public static readonly int[] Sizes = [4, 8, 16, 32, 64];

    /// <summary>Message sizes 0, 1, 2, 4, … 4 MiB as OSU prints them (24 rows).</summary>
    public static readonly long[] MessageSizes = [0, .. Enumerable.Range(0, 23).Select(i => 1L << i)];

    public static Execution Execution(string benchmark, int nodes, int iteration, double? wall, OsuOutput? output = null,
        ExecutionStatus status = ExecutionStatus.Complete, string file = "size.log", int line = 1) =>
        new(benchmark, nodes, nodes, iteration, wall, wall * 0.9, wall * 0.05, output, status,
            status == ExecutionStatus.Complete ? "" : "cut short", new SourceLocation(file, line),
            $"time mpirun -np {nodes} {benchmark}", "mpirun", LogMetadata.Empty);

    /// <summary>An OSU table of the benchmark's primary metric over message sizes, value = f(bytes).</summary>
    public static OsuOutput SizedOutput(string benchmark, Func<long, double> value, int rows = 24)
    {
        var info = BenchmarkCatalog.Find(benchmark) ?? BenchmarkCatalog.Unknown(benchmark);
        var metric = info.PrimaryMetric ?? Metrics.Latency;
        var header = metric == Metrics.Bandwidth ? "Bandwidth (MB/s)" : "Avg Latency(us)";
        var table = new OsuTable(
            [new OsuColumn(header, metric, info.PrimaryUnit)],
            [.. MessageSizes.Take(rows).Select((b, i) => new OsuRow(b, [value(b)], 10 + i))],
            null);
        return new OsuOutput(info, $"OSU MPI {info.TitleName} Test v7.2", "7.2", ImmutableDictionary<string, string>.Empty, [table], null);
    }

    /// <summary>
    /// Three benchmarks, five sizes, three repetitions: osu_allgather grows linearly with nodes, osu_latency is flat,
    /// osu_barrier has no message sizes; plus osu_allreduce cut short at 64 nodes.
    /// </summary>
    public static Campaign Campaign(int repetitions = 3)
    {
        var random = new Random(42);
        double Noise() => 1 + (random.NextDouble() - 0.5) * 0.1;
        var executions = new List<Execution>();
        var line = 1;
        foreach (var n in Sizes)
        {
            for (var it = 1; it <= repetitions; it++)
            {
                var file = $"size-{n}.log";
                executions.Add(Execution("osu_allgather", n, it, (5 + 2.0 * n) * Noise(),
                    SizedOutput("osu_allgather", b => (2 + n * 0.5 + b * 0.001 * n) * Noise()), file: file, line: line++));
                executions.Add(Execution("osu_latency", n, it, 30 * Noise(),
                    SizedOutput("osu_latency", b => (1.5 + b * 0.0002) * Noise()), file: file, line: line++));
                executions.Add(Execution("osu_barrier", n, it, 2 + Math.Log2(n) * Noise(), null, file: file, line: line++));
                if (n < 64)
                    executions.Add(Execution("osu_allreduce", n, it, (10 + n) * Noise(),
                        SizedOutput("osu_allreduce", b => (3 + n * 0.2 + b * 0.0005) * Noise()), file: file, line: line++));
            }
        }
        executions.Add(Execution("osu_allreduce", 64, 1, null, SizedOutput("osu_allreduce", b => 20 + b * 0.0005, rows: 10),
            ExecutionStatus.Incomplete, "size-64.log", 9999));
        return new Campaign([.. executions], []);
    }

    public static ScalingVerdict Verdict(string benchmark, ScalingCategory category, Growth growth, ScalingModel model,
        double exponent = 1, ImmutableArray<Prediction> predictions = default, JumpEvidence? jump = null,
        string series = "wall_seconds", string? reason = null, Confidence confidence = Confidence.High,
        ImmutableArray<Observation> outliers = default) =>
        new(benchmark, series, category, growth,
            new FitResult(model, 0.98, 0.03, 0.1, ResidualSpace.Linear, 15, 0.05),
            new ExponentEstimate(exponent, exponent - 0.1, exponent + 0.1, 0.95, "bootstrap over repetitions"),
            5, 15, 0.04, confidence, reason ?? $"{benchmark}: hand-made verdict for tests.",
            predictions.IsDefault ? [] : predictions, jump, outliers.IsDefault ? [] : outliers, []);

    /// <summary>Wall-time verdicts matching <see cref="Campaign"/>, with predictions at 128 and 256 nodes for osu_allgather.</summary>
    public static ImmutableArray<ScalingVerdict> Verdicts() =>
    [
        Verdict("osu_allgather", ScalingCategory.ScalingIssue, Growth.Linear, new NormalFormModel(5, 2, 1, 0), 0.9,
            [new Prediction(128, 261, 240, 282, 0.95, true), new Prediction(256, 517, 470, 560, 0.95, true)],
            reason: "Wall time grows like N (exponent 0.9 [0.8, 1.0]), well above the 4 % noise."),
        Verdict("osu_latency", ScalingCategory.SizeIndependent, Growth.Flat, new ConstantModel(30), 0.0,
            reason: "No trend beyond the 4 % noise: a pair benchmark."),
        Verdict("osu_barrier", ScalingCategory.PossibleIssue, Growth.Logarithmic, new NormalFormModel(2, 1, 0, 1), 0.3,
            reason: "A weak logarithmic trend that barely clears the noise.", confidence: Confidence.Medium),
        Verdict("osu_allreduce", ScalingCategory.ScalingIssue, Growth.Jump,
            new SegmentedModel(16, new ConstantModel(20), new NormalFormModel(10, 1, 1, 0)), 0.5,
            jump: new JumpEvidence(16, 32, 1.8, "step"), reason: "A step between 16 and 32 nodes.", confidence: Confidence.Low),
    ];

    /// <summary>Per-size latency verdicts for the growth map: allgather grows more at large messages, latency is flat.</summary>
    public static ImmutableArray<ScalingVerdict> SeriesVerdicts() =>
    [
        .. MessageSizes.Where(b => b > 0).SelectMany(b => new[]
        {
            Verdict("osu_allgather", ScalingCategory.ScalingIssue, Growth.Linear, new NormalFormModel(1, 1, 1, 0),
                0.3 + Math.Log2(b) / 22.0 * 0.9, series: $"latency@{b}"),
            Verdict("osu_latency", ScalingCategory.SizeIndependent, Growth.Flat, new ConstantModel(1), 0.0, series: $"latency@{b}"),
            Verdict("osu_bw", ScalingCategory.SizeIndependent, Growth.Flat, new ConstantModel(1), 0.0, series: $"bandwidth@{b}"),
        }),
    ];
}
