using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Tests.Benchmarks;

/// <summary>The catalog and the parser agree on every OSU benchmark's name and title.</summary>
public class BenchmarkCatalogTests
{
    public static TheoryData<string> Names => [.. BenchmarkCatalog.All.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_catalog_title_parses_back_to_its_benchmark(string name)
    {
        var info = BenchmarkCatalog.Find(name)!;
        var text = $"# OSU MPI {info.TitleName} Test v7.5\n";
        var e = Assert.Single(CampaignReader.ReadText(text).Executions);
        Assert.Equal(name, e.Benchmark);
        Assert.Equal(ExecutionStatus.NoTable, e.Status);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_benchmark_is_recognised_from_its_launch_line(string name)
    {
        var c = LaunchCommand.TryParse($"time mpirun -np 4 /opt/osu/libexec/osu-micro-benchmarks/mpi/x/{name}")!;
        Assert.Equal(name, c.Benchmark);
    }

    [Fact]
    public void Pair_benchmarks_are_the_two_sided_pair_tests_and_all_one_sided_tests()
    {
        var pairs = BenchmarkCatalog.All.Where(b => b.IsPair).Select(b => b.Name).ToHashSet();
        Assert.Contains("osu_latency", pairs);
        Assert.Contains("osu_get_acc_latency", pairs);
        Assert.DoesNotContain("osu_mbw_mr", pairs);
        Assert.DoesNotContain("osu_multi_lat", pairs);
        Assert.All(BenchmarkCatalog.All.Where(b => b.Family == BenchmarkFamily.OneSided), b => Assert.True(b.IsPair));
    }

    [Theory]
    [InlineData(MetricUnit.Microseconds, "us")]
    [InlineData(MetricUnit.MegabytesPerSecond, "MB/s")]
    [InlineData(MetricUnit.MessagesPerSecond, "messages/s")]
    [InlineData(MetricUnit.None, "")]
    public void Units_have_short_symbols(MetricUnit unit, string symbol) => Assert.Equal(symbol, unit.Symbol());
}
