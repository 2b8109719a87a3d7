using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Compare;

/// <summary>
/// A simulated re-run of a measured campaign: every complete execution's wall time and OSU table values multiplied by
/// a factor of the benchmark and the node count (a change) and by log-normal noise (what another run would vary by);
/// higher-is-better columns (bandwidths, message rates) divided instead, so that a factor above 1 always means slower.
/// </summary>
internal static class Rerun
{
    public static Campaign Of(Campaign campaign, double noise, int seed, Func<string, int, double>? factor = null)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return campaign with
        {
            Executions = [.. campaign.Executions.Select(e =>
            {
                if (!e.IsComplete || e.Nodes is not { } nodes) return e;
                var f = factor?.Invoke(e.Benchmark, nodes) ?? 1;
                return e with
                {
                    WallSeconds = Math.Round(e.WallSeconds!.Value * f * Math.Exp(noise * Gaussian()), 3),
                    Output = e.Output is null ? null : e.Output with
                    {
                        Tables = [.. e.Output.Tables.Select(t => t with
                        {
                            Rows = [.. t.Rows.Select(r => r with
                            {
                                Values = [.. r.Values.Select((v, i) => Scale(v, t.Columns[i].Unit, f * Math.Exp(noise * Gaussian())))],
                            })],
                        })],
                    },
                };
            })],
        };
    }

    private static double Scale(double value, MetricUnit unit, double factor) => unit switch
    {
        MetricUnit.MegabytesPerSecond or MetricUnit.MessagesPerSecond => Math.Round(value / factor, 2),
        MetricUnit.Percent or MetricUnit.Bytes or MetricUnit.None => value,
        _ => Math.Round(value * factor, 2),
    };
}
