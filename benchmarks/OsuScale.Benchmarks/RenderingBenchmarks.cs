using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Model;
using OsuScale.Show.Exporters;
using OsuScale.Show.Report;

namespace OsuScale.Benchmarks.Show;

/// <summary>
/// Rendering every figure of a 22-benchmark campaign like kubecon-run1 (5 sizes, 24 message sizes, verdicts from the
/// analyser): 22 scaling plots,
/// one message-size plot per benchmark with a table, the overview and the growth map, as PNG and as SVG.
/// Run: <c>dotnet run -c Release --project benchmarks/OsuScale.Benchmarks -- --filter '*RenderingBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private Campaign campaign = Campaign.Empty;
    private ImmutableArray<ScalingVerdict> verdicts;
    private ImmutableArray<ScalingVerdict> seriesVerdicts;
    private ReportDocument report = null!;

    /// <summary>Builds the synthetic campaign (deterministic) and its verdicts once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        int[] sizes = [4, 8, 16, 32, 64];
        long[] bytes = [0, .. Enumerable.Range(0, 23).Select(i => 1L << i)];
        var names = BenchmarkCatalog.All.Where(b => b.Family is BenchmarkFamily.PointToPoint or BenchmarkFamily.OneSided).Take(17)
            .Concat(BenchmarkCatalog.All.Where(b => b.Name is "osu_allgather" or "osu_allreduce" or "osu_barrier" or "osu_init" or "osu_hello"))
            .ToList();
        var random = new Random(7);
        var executions = new List<Execution>();
        foreach (var n in sizes)
        {
            foreach (var info in names)
            {
                var grows = !info.IsPair;
                var wall = (grows ? 5 + n * 1.5 : 20) * (1 + (random.NextDouble() - 0.5) * 0.1);
                OsuOutput? output = null;
                if (info.PrimaryMetric is { } metric && info.Name is not ("osu_barrier" or "osu_init"))
                {
                    var table = new OsuTable([new OsuColumn(metric, metric, info.PrimaryUnit)],
                        [.. bytes.Select((b, i) => new OsuRow(b, [(grows ? n : 1) * (1 + b * 0.001) * (1 + random.NextDouble() * 0.05)], 10 + i))], null);
                    output = new OsuOutput(info, info.TitleName, "5.8", ImmutableDictionary<string, string>.Empty, [table], null);
                }
                executions.Add(new Execution(info.Name, n, info.IsPair ? 2 : n, 1, wall, wall, 0.1, output, ExecutionStatus.Complete, "",
                    new SourceLocation($"size-{n}.log", 1), null, "mpirun", LogMetadata.Empty));
            }
        }
        campaign = new Campaign([.. executions], []);
        // Real verdicts (fits with prediction bands), as the report command gets them.
        var analysis = new ScalingAnalyser().Analyse(campaign, AnalysisOptions.Default with { PredictAt = [128, 256] });
        verdicts = analysis.Verdicts;
        seriesVerdicts = analysis.SeriesVerdicts;
        report = ReportBuilder.Build(campaign, verdicts, seriesVerdicts, new ReportOptions(PredictAt: [128, 256]));
    }

    /// <summary>Building the report document with every plot model (no rendering).</summary>
    [Benchmark]
    public int BuildReport() => ReportBuilder.Build(campaign, verdicts, seriesVerdicts, new ReportOptions(PredictAt: [128, 256])).AllFigures.Count();

    /// <summary>Rendering every figure as PNG.</summary>
    [Benchmark]
    public long RenderAllPng()
    {
        long total = 0;
        foreach (var figure in report.AllFigures) total += HtmlReportExporter.RenderPng(figure).Data.Length;
        return total;
    }

    /// <summary>Rendering every figure as SVG.</summary>
    [Benchmark]
    public long RenderAllSvg()
    {
        long total = 0;
        foreach (var figure in report.AllFigures)
        {
            using var memory = new MemoryStream();
            if (figure.Grid is { } grid) SvgFigureExporter.Export(grid, memory, figure.Width, figure.Height);
            else SvgFigureExporter.Export(figure.Plot!, memory, figure.Width, figure.Height);
            total += memory.Length;
        }
        return total;
    }
}
