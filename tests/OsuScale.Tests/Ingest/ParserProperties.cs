using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>
/// Properties of the parser on hostile input: whatever the text, the only exception it may throw is
/// <see cref="OsuParseException"/>, and cutting a log short never invents a complete execution.
/// </summary>
public class ParserProperties
{
    /// <summary>Lines of the real layouts plus the fragments a damaged log is made of.</summary>
    private static readonly string[] Corpus =
    [
        .. LauncherLogTests.Log.Split('\n'),
        "# OSU MPI Latency Test v5.8", "# OSU MPI-CUDA Allreduce Latency Test v7.5", "# Size       Avg Latency(us)",
        "# Size                  MB/s        Messages/s", "       Overall(us)       Compute(us)    Pure Comm.(us)        Overlap(%)",
        "# Datatype: MPI_CHAR.", "# [ pairs: 4 ] [ window size: 64 ]", "nprocs: 8, min: 302 ms, max: 314 ms, avg: 306 ms",
        "This is a test with 8 processes", "real 5.93", "real\t0m1.5s", "user\t0m0.1s", "1   Pass", "2   Fail",
        "DATA VALIDATION ERROR: x", "METADATA START {\"pods\":", "METADATA START [1,2]", "METADATA END", "METRICS OPERATOR TIMEPOINT",
        "srun -N 999999999999 -n -3 osu_bw", "time mpirun -np 0 -map-by ppr:0:node osu_x", "Start run 99999999999 of 1",
        "Hostlist", "2024-05-14T10:00:01.1Z # OSU MPI Barrier Latency Test", "99999999999999999999999 1", "1 1e309", "-1 -nan",
        "Number of tasks total (across 0 nodes) is 0", "\u0000\u0001\uFFFD", "[", "{",
    ];

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Gen.Elements(Corpus)),
        (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (2, Gen.Elements(Corpus).SelectMany(l => Gen.Choose(0, l.Length).Select(k => l[..k]))));

    private static readonly Gen<string> Document = Gen.ListOf(Line).Select(ls => string.Join('\n', ls));

    private static void OnlyParseErrors(Action read)
    {
        try { read(); }
        catch (OsuParseException) { }
    }

    [Property(MaxTest = 300)]
    public Property Random_documents_never_throw_anything_but_parse_errors() =>
        Prop.ForAll(Document.ToArbitrary(), text => OnlyParseErrors(() => CampaignReader.ReadText(text, "size-4.log")));

    [Property(MaxTest = 300)]
    public void Random_strings_never_throw_anything_but_parse_errors(string? text) =>
        OnlyParseErrors(() => CampaignReader.ReadText(text ?? "", "x.log"));

    [Property(MaxTest = 200)]
    public void Binary_garbage_files_never_throw_anything_but_parse_errors(byte[]? bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"garbage-{Guid.NewGuid():N}.log");
        try
        {
            File.WriteAllBytes(path, bytes ?? []);
            OnlyParseErrors(() => CampaignReader.ReadFile(path));
            OnlyParseErrors(() => CampaignReader.ReadText(Encoding.Latin1.GetString(bytes ?? [])));
        }
        finally { File.Delete(path); }
    }

    [Property(MaxTest = 200)]
    public Property Huge_numbers_nan_and_infinities_in_rows_are_tolerated() =>
        Prop.ForAll(Gen.ListOf(Gen.Zip(Gen.Elements("0", "1", "4194304", "9223372036854775807", "99999999999999999999", "-1", "1.5"),
                    Gen.OneOf(ArbMap.Default.GeneratorFor<double>().Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
                              Gen.Elements("NaN", "-nan", "inf", "1e309", "-1e-400", "1.7976931348623157E+308"))))
                .ToArbitrary(),
            rows =>
            {
                var text = "# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n" + string.Join('\n', rows.Select(r => $"{r.Item1}   {r.Item2}"));
                var c = CampaignReader.ReadText(text);
                var e = Assert.Single(c.Executions);
                Assert.All(e.Output!.AllRows, r => Assert.True(r.Row.MessageSizeBytes >= 0));
            });

    [Property(MaxTest = 200)]
    public Property Shuffled_log_lines_never_throw() =>
        Prop.ForAll(Gen.Shuffle(LauncherLogTests.Log.Split('\n')).ToArbitrary(),
            lines => OnlyParseErrors(() => CampaignReader.ReadText(string.Join('\n', lines))));

    [Property(MaxTest = 200)]
    public Property Truncating_a_log_never_invents_a_complete_execution() =>
        Prop.ForAll(Gen.Choose(0, LauncherLogTests.Log.Length).ToArbitrary(), cut => TruncationKeepsTruth(LauncherLogTests.Log, cut));

    [Fact]
    public void Truncated_and_shuffled_real_logs_never_throw_or_invent_executions()
    {
        foreach (var file in Directory.EnumerateFiles(RepoData.KubeconRun1, "size-*.log"))
        {
            var text = File.ReadAllText(file);
            Prop.ForAll(Gen.Choose(0, text.Length).ToArbitrary(), cut => TruncationKeepsTruth(text, cut))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(60));
            Prop.ForAll(Gen.Shuffle(text.Split('\n')).ToArbitrary(),
                    lines => OnlyParseErrors(() => CampaignReader.ReadText(string.Join('\n', lines), file)))
                .Check(Config.QuickThrowOnFailure.WithMaxTest(30));
        }
    }

    private static void TruncationKeepsTruth(string text, int cut)
    {
        var full = CampaignReader.ReadText(text, "size-4.log");
        var part = CampaignReader.ReadText(text[..cut], "size-4.log");
        var truth = full.Executions.Where(e => e.IsComplete).Select(Key).ToHashSet();
        Assert.All(part.Executions.Where(e => e.IsComplete), e => Assert.Contains(Key(e), truth));
        Assert.True(part.Executions.Length <= full.Executions.Length);
    }

    private static (string, int, double?, SourceLocation) Key(Execution e) => (e.Benchmark, e.Iteration, e.WallSeconds, e.Source);
}
