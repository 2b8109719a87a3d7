using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Benchmarks.Performance;

/// <summary>
/// Parser throughput on a synthetic metrics-operator launcher log of <see cref="SizeMegabytes"/> MB held in memory
/// (preamble, METADATA, then TIMEPOINT sections of every catalog benchmark in the OMB 5.8 layout with 23-row tables,
/// bash time footers and some Open MPI noise), generated deterministically. MB/s = SizeMegabytes / Mean.
/// <see cref="Read"/> keeps the whole campaign; <see cref="Stream"/> only counts executions as they come out, so its
/// Gen1/Gen2 collections show whether anything survives while reading (memory not proportional to the input).
/// </summary>
[MemoryDiagnoser]
public class ParserThroughputBenchmarks
{
    private byte[] _log = [];

    /// <summary>The size of the generated log.</summary>
    [Params(16, 64)]
    public int SizeMegabytes { get; set; }

    /// <summary>Generates the log once per parameter value.</summary>
    [GlobalSetup]
    public void Setup() => _log = SyntheticLog(SizeMegabytes * 1024 * 1024);

    /// <summary>Reads the whole log into a <see cref="OsuScale.Campaigns.Campaign"/>.</summary>
    [Benchmark(Baseline = true)]
    public int Read()
    {
        using var reader = new StreamReader(new MemoryStream(_log, writable: false), Encoding.UTF8);
        return CampaignReader.Read(reader, "size-64.log").Executions.Length;
    }

    /// <summary>Streams the log, keeping nothing.</summary>
    [Benchmark]
    public int Stream()
    {
        using var reader = new StreamReader(new MemoryStream(_log, writable: false), Encoding.UTF8);
        return CampaignReader.Stream(reader, "size-64.log").Count();
    }

    /// <summary>A deterministic launcher log of about <paramref name="bytes"/> bytes.</summary>
    internal static byte[] SyntheticLog(int bytes)
    {
        var sb = new StringBuilder(bytes + 64 * 1024);
        sb.Append("Number of tasks (nproc on one node) is 1\nNumber of tasks total (across 64 nodes) is 64\nHostlist\n");
        for (var h = 0; h < 64; h++) sb.Append(CultureInfo.InvariantCulture, $"10.12.{h / 8}.{h % 8 + 1}\n");
        sb.Append("METADATA START {\"pods\":64,\"metricName\":\"network-osu-benchmark\",\"metricOptions\":{\"timed\":\"true\"}}\nMETADATA END\nMETRICS OPERATOR COLLECTION START\n");
        var catalog = BenchmarkCatalog.All.Where(b => b.PrimaryMetric is not null && b.Family != BenchmarkFamily.Startup).ToArray();
        var random = new Random(42);
        var k = 0;
        while (sb.Length < bytes)
        {
            var b = catalog[k++ % catalog.Length];
            var np = b.IsPair ? 2 : 64;
            sb.Append(CultureInfo.InvariantCulture,
                $"METRICS OPERATOR TIMEPOINT\ntime mpirun --hostfile ./hostlist.txt --allow-run-as-root -np {np} -map-by ppr:1:node /opt/osu-benchmark/libexec/osu-micro-benchmarks/mpi/x/{b.Name}\n");
            sb.Append(CultureInfo.InvariantCulture, $"\n# OSU MPI {b.TitleName} Test v5.8\n");
            var header = b.PrimaryUnit == MetricUnit.MegabytesPerSecond ? "# Size      Bandwidth (MB/s)" : b.Family == BenchmarkFamily.NonBlockingCollective
                ? "# Size           Overall(us)       Compute(us)    Pure Comm.(us)        Overlap(%)"
                : "# Size          Latency (us)";
            var columns = b.Family == BenchmarkFamily.NonBlockingCollective ? 4 : 1;
            sb.Append(header).Append('\n');
            if (k % 7 == 0) sb.Append("[host-12:04512] SET UCX_NET_DEVICES=mlx5_0:1\n");
            for (var size = 1; size <= 4194304; size *= 2)
            {
                sb.Append(size.ToString(CultureInfo.InvariantCulture).PadRight(10));
                for (var c = 0; c < columns; c++)
                    sb.Append((random.NextDouble() * 10000).ToString("F2", CultureInfo.InvariantCulture).PadLeft(18));
                sb.Append('\n');
            }
            var seconds = random.NextDouble() * 600;
            sb.Append(CultureInfo.InvariantCulture, $"\nreal\t{(int)(seconds / 60)}m{seconds % 60:F3}s\nuser\t0m{seconds % 7:F3}s\nsys\t0m{seconds % 11:F3}s\n");
        }
        sb.Append("METRICS OPERATOR COLLECTION END\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
