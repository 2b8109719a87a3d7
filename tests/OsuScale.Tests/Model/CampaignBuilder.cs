using System.Collections.Immutable;
using System.Globalization;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;

namespace OsuScale.Tests.Model;

/// <summary>Builds small campaigns of wall times by hand for analyser tests.</summary>
internal static class CampaignBuilder
{
    public static Execution Run(string benchmark, int nodes, double wall, int iteration = 1, ExecutionStatus status = ExecutionStatus.Complete) =>
        new(benchmark, nodes, BenchmarkCatalog.Find(benchmark)?.IsPair == true ? 2 : nodes, iteration,
            status == ExecutionStatus.Complete ? wall : null, null, null, null, status,
            status == ExecutionStatus.Complete ? "" : "cut short", new SourceLocation($"size-{nodes}.log", 1), null, "mpirun", LogMetadata.Empty);

    public static Campaign Of(IEnumerable<Execution> executions) => new([.. executions], []);

    /// <summary>
    /// The hand-made times.log of a campaign (METRIC,TIME_SECONDS,SIZE_NODES) as wall-time executions; used to check
    /// verdicts on the real numbers independently of the log parser.
    /// </summary>
    public static Campaign FromTimesLog(string path) =>
        Of(File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var parts = line.Split(',');
            return Run(parts[0], int.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
        }));
}
