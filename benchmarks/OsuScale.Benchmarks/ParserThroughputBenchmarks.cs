using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using OsuScale.Benchmarks;
using OsuScale.Ingest;

namespace OsuScale.Benchmarks.Performance;

/// <summary>
/// In-process parsing throughput on a synthetic metrics-operator campaign of <see cref="SizeMegabytes"/> MB held in
/// memory as bytes, read the way a file is read (UTF-8 decoding included): as a launcher log, and as the same lines
/// in a metrics-operator SDK JSON export. MB/s = SizeMegabytes / Mean. <c>Stream</c> keeps nothing, so its Gen1/Gen2
/// collections show whether anything survives while reading; <c>Read</c> keeps the whole campaign.
/// Two jobs: <c>warm</c> (BenchmarkDotNet's throughput strategy: JIT done, tiered up) and <c>cold</c> (each measured
/// invocation is the first of a new process: start-up and JIT included, as in a short CLI run).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColdAndWarm))]
public class ParserThroughputBenchmarks
{
    private sealed class ColdAndWarm : ManualConfig
    {
        public ColdAndWarm()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1).WithId("warm"));
            AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithIterationCount(1).WithLaunchCount(5).WithId("cold"));
        }
    }

    private byte[] _log = [];
    private byte[] _json = [];

    /// <summary>The size of the generated log.</summary>
    [Params(16, 64)]
    public int SizeMegabytes { get; set; }

    /// <summary>Generates the log and its SDK JSON form once per parameter value.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _log = SyntheticLog(SizeMegabytes * 1024 * 1024);
        _json = AsSdkJson(_log, iterations: 4);
    }

    /// <summary>Streams the launcher log, keeping nothing.</summary>
    [Benchmark(Baseline = true)]
    public int LogStream() => CampaignReader.Stream(new MemoryStream(_log, writable: false), "size-64.log").Count();

    /// <summary>Reads the launcher log into a <see cref="OsuScale.Campaigns.Campaign"/>.</summary>
    [Benchmark]
    public int LogRead() => CampaignReader.Stream(new MemoryStream(_log, writable: false), "size-64.log").ToList().Count;

    /// <summary>Reads the launcher log through a <see cref="StreamReader"/> into a campaign (the method measured before span-based parsing).</summary>
    [Benchmark]
    public int Read()
    {
        using var reader = new StreamReader(new MemoryStream(_log, writable: false), Encoding.UTF8);
        return CampaignReader.Read(reader, "size-64.log").Executions.Length;
    }

    /// <summary>Streams the launcher log through a <see cref="StreamReader"/>, keeping nothing (the method measured before).</summary>
    [Benchmark]
    public int Stream()
    {
        using var reader = new StreamReader(new MemoryStream(_log, writable: false), Encoding.UTF8);
        return CampaignReader.Stream(reader, "size-64.log").Count();
    }

    /// <summary>Streams the SDK JSON export of the same lines, keeping nothing.</summary>
    [Benchmark]
    public int JsonStream() => CampaignReader.Stream(new MemoryStream(_json, writable: false), "campaign.json").Count();

    /// <summary>
    /// The same lines as an SDK JSON export: a list of <paramref name="iterations"/> objects, each with a slice of the
    /// lines as <c>data</c>, the <c>metadata</c> object and a <c>spec</c>.
    /// </summary>
    internal static byte[] AsSdkJson(byte[] log, int iterations)
    {
        var lines = Encoding.UTF8.GetString(log).Split('\n');
        var header = lines.TakeWhile(l => l != "METRICS OPERATOR COLLECTION START").ToArray();
        var body = lines.Skip(header.Length).ToArray();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            var per = body.Length / iterations + 1;
            for (var i = 0; i < iterations; i++)
            {
                json.WriteStartObject();
                json.WriteStartArray("data");
                foreach (var l in header) json.WriteStringValue(l);
                // Each slice starts at a TIMEPOINT so that no section is cut between two iterations.
                var from = Array.FindIndex(body, Math.Min(i * per, body.Length - 1), l => l == "METRICS OPERATOR TIMEPOINT");
                var to = i + 1 < iterations ? Array.FindIndex(body, Math.Min((i + 1) * per, body.Length - 1), l => l == "METRICS OPERATOR TIMEPOINT") : body.Length;
                if (from >= 0) foreach (var l in body[from..(to < 0 ? body.Length : to)]) json.WriteStringValue(l);
                json.WriteEndArray();
                json.WriteStartObject("metadata");
                json.WriteNumber("pods", 64);
                json.WriteString("metricName", "network-osu-benchmark");
                json.WriteEndObject();
                json.WriteStartObject("spec");
                json.WriteStartObject("spec");
                json.WriteNumber("pods", 64);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
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
