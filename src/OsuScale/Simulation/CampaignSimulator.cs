using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OsuScale.Benchmarks;
using OsuScale.Campaigns;
using OsuScale.Ingest;

namespace OsuScale.Simulation;

/// <summary>
/// Simulates a scaling campaign from known laws: as a <see cref="Campaign"/> in memory, or as metrics-operator
/// launcher logs (<c>size-N.log</c>, or <c>size-N-iter-I.log</c> with repetitions) shaped like real ones: preamble,
/// <c>METADATA START</c> JSON, <c>METRICS OPERATOR TIMEPOINT</c> sections, <c>time mpirun … -np P …</c>, OSU 5.8
/// tables and bash <c>real</c>/<c>user</c>/<c>sys</c> footers. The campaign in memory is the parser's reading of
/// that very text, so the two cannot disagree (a hand-built copy once listed osu_init's columns in printed order,
/// min, max, avg, where the parser gives init_time first, and no test noticed); each file draws from its own
/// <see cref="Random"/> seeded from the spec's seed, its size and its repetition, so a file never depends on which
/// others were generated.
/// </summary>
public static class CampaignSimulator
{
    /// <summary>The OSU version printed in titles.</summary>
    public const string OsuVersion = "5.8";

    private const string BenchmarkRoot = "/opt/osu-benchmark/build.openmpi/libexec/osu-micro-benchmarks/mpi";

    /// <summary>The campaign the logs of <paramref name="spec"/> describe, without writing anything: the logs' text read by <see cref="CampaignReader"/>.</summary>
    /// <param name="spec">What to simulate.</param>
    public static Campaign Simulate(SimulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        return Campaign.Merge(Logs(spec).Select(l => CampaignReader.ReadText(l.Text, l.FileName)));
    }

    /// <summary>Writes one launcher log per size and repetition into <paramref name="directory"/> (created if needed) and returns their paths.</summary>
    /// <param name="spec">What to simulate.</param>
    /// <param name="directory">The output folder.</param>
    public static IReadOnlyList<string> Write(SimulationSpec spec, string directory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        spec.Validate();
        Directory.CreateDirectory(directory);
        List<string> paths = [];
        foreach (var log in Logs(spec))
        {
            var path = Path.Combine(directory, log.FileName);
            File.WriteAllText(path, log.Text, new UTF8Encoding(false));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>The file name of a size and repetition: <c>size-8.log</c> for a single run per size, else <c>size-8-iter-2.log</c>.</summary>
    /// <param name="size">The node count.</param>
    /// <param name="iteration">The 1-based repetition.</param>
    /// <param name="repetitions">The repetitions per size.</param>
    public static string FileName(int size, int iteration, int repetitions) =>
        repetitions == 1
            ? string.Create(CultureInfo.InvariantCulture, $"size-{size}.log")
            : string.Create(CultureInfo.InvariantCulture, $"size-{size}-iter-{iteration}.log");

    /// <summary>The seed of one file's generator: a SplitMix64 mix of the spec's seed, the size and the repetition.</summary>
    /// <param name="seed">The spec's seed.</param>
    /// <param name="size">The node count.</param>
    /// <param name="iteration">The repetition.</param>
    public static int FileSeed(int seed, int size, int iteration)
    {
        var z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)size << 20 ^ (ulong)(uint)iteration);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    private static IEnumerable<SimulatedLog> Logs(SimulationSpec spec)
    {
        foreach (var size in spec.Sizes.Order())
            for (var iteration = 1; iteration <= spec.Repetitions; iteration++)
                yield return Generate(spec, size, iteration);
    }

    private sealed record SimulatedLog(string FileName, string Text);

    private static SimulatedLog Generate(SimulationSpec spec, int size, int iteration)
    {
        var file = FileName(size, iteration, spec.Repetitions);
        var random = new Random(FileSeed(spec.Seed, size, iteration));
        var reference = spec.Sizes.Min();
        var lines = new List<string>();
        var hosts = Enumerable.Range(0, size).Select(i => string.Create(CultureInfo.InvariantCulture, $"10.12.{20 + i / 250}.{i % 250 + 1}")).ToImmutableArray();
        var commands = spec.Benchmarks.Select(b => b.Name).ToImmutableArray();
        var json = Metadata(size, commands);
        lines.Add("Number of tasks (nproc on one node) is 1");
        lines.Add(Invariant($"Number of tasks total (across {size} nodes) is {size}"));
        lines.Add("Sleeping for 60 seconds waiting for network...");
        lines.Add("Starting to look for ip addresses...");
        lines.Add(Invariant($"Done finding {size} ip addresses"));
        lines.Add("Hostlist");
        lines.AddRange(hosts);
        lines.Add("Hostlist for Pair to Pair");
        lines.AddRange(hosts.Take(2));
        lines.Add("METADATA START " + json);
        lines.Add("METADATA END");
        lines.Add("METRICS OPERATOR COLLECTION START");
        foreach (var benchmark in spec.Benchmarks)
        {
            var info = BenchmarkCatalog.Find(benchmark.Name) ?? BenchmarkCatalog.Unknown(benchmark.Name);
            var factor = benchmark.Law.Factor(size, reference);
            double Noisy(double value) => value * Math.Exp(spec.Noise * Gaussian(random));
            var processes = info.IsPair ? 2 : size;
            var command = Invariant($"time mpirun --hostfile ./hostlist{(info.IsPair ? "-pairs" : "")}.txt --allow-run-as-root -np {processes} -map-by ppr:1:node{(info.IsPair ? "" : " -rank-by core")} {BenchmarkRoot}/{Folder(info)}/{info.Name}");
            lines.Add("METRICS OPERATOR TIMEPOINT");
            lines.Add(command);
            Output(info, benchmark, factor, size, Noisy, lines);
            var wall = Math.Round(Noisy(benchmark.BaseSeconds * factor), 3);
            var user = Math.Round(wall * 0.17, 3);
            var sys = Math.Round(wall * 0.78, 3);
            lines.Add("");
            lines.Add("real\t" + BashTime(wall));
            lines.Add("user\t" + BashTime(user));
            lines.Add("sys\t" + BashTime(sys));
        }
        lines.Add("METRICS OPERATOR COLLECTION END");
        return new SimulatedLog(file, string.Join('\n', lines) + "\n");
    }

    /// <summary>Writes what the benchmark prints: its title, settings and table.</summary>
    private static void Output(BenchmarkInfo info, SimulatedBenchmark benchmark, double factor, int size, Func<double, double> noisy, List<string> lines)
    {
        var processes = info.IsPair ? 2 : size;
        var collective = info.Family is BenchmarkFamily.Collective or BenchmarkFamily.NonBlockingCollective;
        if (collective) lines.Add("");
        lines.Add("# " + Title(info));
        if (info.Family == BenchmarkFamily.OneSided)
        {
            lines.Add("# Window creation: MPI_Win_allocate");
            lines.Add("# Synchronization: " + (info.Name.Contains("bibw", StringComparison.Ordinal) ? "MPI_Win_post/start/complete/wait" : "MPI_Win_flush"));
        }
        double Latency(long bytes) => Math.Max(0.01, Math.Round(noisy((benchmark.BaseLatencyMicroseconds + bytes / 1000.0) * factor), 2));
        switch (info.Name)
        {
            case "osu_init":
            {
                var avg = Math.Max(1, Math.Round(noisy(benchmark.BaseLatencyMicroseconds * factor)));
                var min = Math.Max(1, Math.Round(avg * 0.98));
                var max = Math.Round(avg * 1.03);
                lines.Add(Invariant($"nprocs: {processes}, min: {min} ms, max: {max} ms, avg: {avg} ms"));
                break;
            }
            case "osu_hello":
                lines.Add(Invariant($"This is a test with {processes} processes"));
                break;
            case "osu_barrier":
                lines.Add("# Avg Latency(us)");
                lines.Add(Invariant($"{Latency(0),17:F2}"));
                break;
            default:
                if (info.Family == BenchmarkFamily.NonBlockingCollective) NonBlocking(info, Latency, lines);
                else Sized(info, size, Latency, lines);
                break;
        }
    }

    private static void NonBlocking(BenchmarkInfo info, Func<long, double> latency, List<string> lines)
    {
        lines.Add("# Overall = Coll. Init + Compute + MPI_Test + MPI_Wait");
        lines.Add("");
        var sized = info.Name != "osu_ibarrier";
        lines.Add((sized ? "# Size  " : "        ") + "     Overall(us)       Compute(us)    Pure Comm.(us)        Overlap(%)");
        foreach (var bytes in sized ? MessageSizes(1, 1 << 20) : [-1L])
        {
            var overall = latency(Math.Max(0, bytes));
            var compute = Math.Round(overall * 0.6, 2);
            var pure = Math.Round(overall * 0.5, 2);
            const double overlap = 30.00;
            var values = Invariant($"{overall,18:F2}{compute,18:F2}{pure,18:F2}{overlap,18:F2}");
            lines.Add(sized ? Invariant($"{bytes,-10}") + values[2..] : values);
        }
    }

    private static void Sized(BenchmarkInfo info, int size, Func<long, double> latency, List<string> lines)
    {
        var name = info.Name;
        IEnumerable<long> sizes;
        Func<long, double[]> values;
        if (name == "osu_mbw_mr")
        {
            var pairs = Math.Max(1, size / 2);
            lines.Add(Invariant($"# [ pairs: {pairs} ] [ window size: 64 ]"));
            lines.Add("# Size                  MB/s        Messages/s");
            sizes = MessageSizes(1, 1 << 22);
            values = bytes =>
            {
                var bandwidth = Math.Max(0.01, Math.Round(pairs * bytes / latency(bytes), 2));
                return [bandwidth, Math.Round(bandwidth * 1e6 / bytes, 2)];
            };
        }
        else if (info.PrimaryMetric == Metrics.Bandwidth)
        {
            lines.Add("# Size      Bandwidth (MB/s)");
            sizes = MessageSizes(1, 1 << 22);
            values = bytes => [Math.Max(0.01, Math.Round(bytes / latency(bytes), 2))];
        }
        else if (info.Family == BenchmarkFamily.Collective)
        {
            lines.Add("# Size       Avg Latency(us)");
            sizes = MessageSizes(name is "osu_allreduce" or "osu_reduce" ? 4 : 1, 1 << 20);
            values = bytes => [latency(bytes)];
        }
        else
        {
            lines.Add("# Size          Latency (us)");
            sizes = name is "osu_fop_latency" or "osu_cas_latency" ? [8L]
                : info.Family == BenchmarkFamily.PointToPoint ? [0L, .. MessageSizes(1, 1 << 22)]
                : MessageSizes(1, 1 << 22);
            values = bytes => [latency(bytes)];
        }
        foreach (var bytes in sizes)
            lines.Add(Invariant($"{bytes,-10}") + string.Concat(values(bytes).Select(v => Invariant($"{v,18:F2}"))));
    }

    private static IEnumerable<long> MessageSizes(long from, long to)
    {
        for (var s = from; s <= to; s *= 2) yield return s;
    }

    private static string Folder(BenchmarkInfo info) => info.Family switch
    {
        BenchmarkFamily.PointToPoint => "pt2pt",
        BenchmarkFamily.OneSided => "one-sided",
        BenchmarkFamily.Startup => "startup",
        _ => "collective",
    };

    /// <summary>The OSU 5.8 title of a benchmark (one-sided ones print the MPI call, e.g. <c>MPI_Get_accumulate latency</c>).</summary>
    private static string Title(BenchmarkInfo info)
    {
        var name = info.Name switch
        {
            "osu_put_latency" => "MPI_Put Latency",
            "osu_put_bw" => "MPI_Put Bandwidth",
            "osu_put_bibw" => "MPI_Put Bi-directional Bandwidth",
            "osu_get_latency" => "MPI_Get latency",
            "osu_get_bw" => "MPI_Get Bandwidth",
            "osu_acc_latency" => "MPI_Accumulate latency",
            "osu_fop_latency" => "MPI_Fetch_and_op latency",
            "osu_cas_latency" => "MPI_Compare_and_swap latency",
            "osu_get_acc_latency" => "MPI_Get_accumulate latency",
            _ => "MPI " + info.TitleName,
        };
        return $"OSU {name} Test v{OsuVersion}";
    }

    private static string Metadata(int size, ImmutableArray<string> commands)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("pods", size);
            json.WriteNumber("completions", size);
            json.WriteString("metricName", "network-osu-benchmark");
            json.WriteString("metricDescription", "point to point MPI benchmarks");
            json.WriteString("metricType", "standalone");
            json.WriteStartObject("metricOptions");
            json.WriteString("all", "false");
            json.WriteString("flags", "");
            json.WriteString("sole-tenancy", "true");
            json.WriteNumber("tasks", 0);
            json.WriteString("timed", "true");
            json.WriteEndObject();
            json.WriteStartObject("metricListOptions");
            json.WriteStartArray("commands");
            foreach (var c in commands) json.WriteStringValue(c);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Bash's <c>time</c> format: <c>3m32.853s</c>.</summary>
    private static string BashTime(double seconds)
    {
        var milliseconds = (long)Math.Round(seconds * 1000);
        return Invariant($"{milliseconds / 60000}m{milliseconds % 60000 / 1000.0:0.000}s");
    }

    /// <summary>A standard normal draw (Box–Muller) from the file's own generator.</summary>
    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
