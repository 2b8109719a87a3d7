using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Simulation;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>
/// Fuzzing over real logs (the five of kubecon-run1) and simulated ones, mutated the ways logs get damaged: cut
/// short, NUL bytes, bytes that are not UTF-8, mixed line endings, a section printed twice, huge numbers in rows.
/// Whatever the damage, reading throws nothing but <see cref="OsuParseException"/>, and no execution is lost
/// silently: each one of the intact log is still there unchanged, or its status says what happened, or a note
/// names a line of its section. 10,000 cases per run (the sum of the <c>MaxTest</c> values below).
/// </summary>
public class MutatedLogProperties
{
    /// <summary>One log of the corpus and what reading it intact gives.</summary>
    public sealed record Sample(string Name, byte[] Bytes, Campaign Intact)
    {
        public override string ToString() => Name;
    }

    private static readonly Sample[] Corpus = LoadCorpus();

    private static Sample[] LoadCorpus()
    {
        var real = Directory.EnumerateFiles(RepoData.KubeconRun1, "size-*.log").Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)));
        var spec = SimulationSpec.Example([4, 16], repetitions: 1, noise: 0.05, seed: 11);
        var folder = Directory.CreateTempSubdirectory("osu-fuzz-").FullName;
        try
        {
            var simulated = CampaignSimulator.Write(spec, folder).Select(f => ("simulated-" + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
            return [.. real.Concat(simulated).Select(x => new Sample(x.Item1, x.Item2, Read(x.Item2, x.Item1)!))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static readonly Gen<Sample> AnySample = Gen.Elements(Corpus);

    /// <summary>Reads bytes as a file would be read; null when the documented exception was thrown.</summary>
    private static Campaign? Read(byte[] bytes, string name)
    {
        var diagnostics = new List<ParseDiagnostic>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var executions = CampaignReader.Stream(stream, name, null, diagnostics.Add).ToList();
            return new Campaign([.. executions], [.. diagnostics]);
        }
        catch (OsuParseException)
        {
            return null;
        }
    }

    // ---- the properties --------------------------------------------------------------------------------------

    [Property(MaxTest = 2000)]
    public Property Cutting_a_log_short_loses_nothing_before_the_cut() =>
        Prop.ForAll((from s in AnySample from cut in Gen.Choose(0, s.Bytes.Length) select (s, cut)).ToArbitrary(), c =>
        {
            var (sample, cut) = c;
            var mutated = Read(sample.Bytes[..cut], sample.Name);
            if (mutated is null) return; // an empty or blank rest is refused, naming the file
            var cutLine = sample.Bytes.AsSpan(0, cut).Count((byte)'\n') + 1;
            var truth = sample.Intact.Executions.Where(e => e.IsComplete).Select(Key).ToHashSet();
            Assert.All(mutated.Executions.Where(e => e.IsComplete), e => Assert.Contains(Key(e), truth));
            foreach (var (x, range) in Ranges(sample))
            {
                if (range.End < cutLine) Assert.Contains(Key(x), mutated.Executions.Select(Key));
                else if (range.Start <= cutLine && cutLine > x.Source.Line)
                    Assert.Contains(mutated.Executions, y => y.Source == x.Source && (Key(y) == Key(x) || y.Status != ExecutionStatus.Complete));
            }
        });

    [Property(MaxTest = 2000)]
    public Property Nul_bytes_are_noted_or_harmless() =>
        Prop.ForAll(Injected(Gen.Constant(new byte[] { 0 })).ToArbitrary(), c => NothingLostSilently(c.Sample, c.Bytes));

    [Property(MaxTest = 2000)]
    public Property Bytes_that_are_not_utf8_are_noted_or_harmless() =>
        Prop.ForAll(Injected(Gen.Elements(new byte[] { 0xff }, [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f], [0x80, 0x80])).ToArbitrary(),
            c => NothingLostSilently(c.Sample, c.Bytes));

    [Property(MaxTest = 1500)]
    public Property Mixed_line_endings_change_nothing() =>
        Prop.ForAll((from s in AnySample from seed in Gen.Choose(0, int.MaxValue) select (s, seed)).ToArbitrary(), c =>
        {
            var (sample, seed) = c;
            var random = new Random(seed);
            var text = Encoding.UTF8.GetString(sample.Bytes);
            var mixed = new StringBuilder(text.Length + text.Length / 10);
            foreach (var ch in text)
            {
                // A bare CR followed by a bare LF would read as one CR LF: after a CR, only CR LF or CR.
                var afterCr = mixed.Length > 0 && mixed[^1] == '\r';
                if (ch == '\n') mixed.Append(random.Next(afterCr ? 1 : 0, 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
                else mixed.Append(ch);
            }
            var mutated = Read(Encoding.UTF8.GetBytes(mixed.ToString()), sample.Name)!;
            Assert.Equal(sample.Intact.Executions.Select(Full), mutated.Executions.Select(Full));
            Assert.Equal(sample.Intact.Diagnostics, mutated.Diagnostics);
        });

    [Property(MaxTest = 1000)]
    public Property A_section_printed_twice_is_kept_once_and_marked_repeated() =>
        Prop.ForAll((from s in AnySample from pick in Gen.Choose(0, int.MaxValue) select (s, pick)).ToArbitrary(), c =>
        {
            var (sample, pick) = c;
            var lines = Encoding.UTF8.GetString(sample.Bytes).Split('\n').ToList();
            var starts = lines.Select((l, i) => (l, i)).Where(x => x.l == "METRICS OPERATOR TIMEPOINT").Select(x => x.i).ToList();
            var k = pick % starts.Count;
            var end = k + 1 < starts.Count ? starts[k + 1] : lines.FindIndex(starts[k], l => l.StartsWith("METRICS OPERATOR COLLECTION END", StringComparison.Ordinal));
            if (end < 0) end = lines.Count;
            lines.InsertRange(end, lines.GetRange(starts[k], end - starts[k]));
            var mutated = Read(Encoding.UTF8.GetBytes(string.Join('\n', lines)), sample.Name)!;

            Assert.Equal(sample.Intact.Executions.Length + 1, mutated.Executions.Length);
            var remaining = mutated.Executions.Select(Content).ToList();
            foreach (var x in sample.Intact.Executions) Assert.True(remaining.Remove(Content(x)), $"{x.Benchmark} at {x.Source} lost");
            var copy = mutated.Executions.Single(e => e.Source.Line == end + 2);
            var original = sample.Intact.Executions.Single(e => e.Source.Line == starts[k] + 2);
            Assert.Equal(original.Status == ExecutionStatus.Complete ? ExecutionStatus.Repeated : original.Status, copy.Status);
        });

    [Property(MaxTest = 1500)]
    public Property Huge_numbers_in_rows_are_kept_or_noted() =>
        Prop.ForAll((from s in AnySample
                     from pick in Gen.Choose(0, int.MaxValue)
                     from token in Gen.Choose(0, 3)
                     from huge in Gen.Elements("1e400", "-1e400", "99999999999999999999999999999", "1.7976931348623157E+308", "4.9E-324", "NaN", "-nan", "inf", "18446744073709551616")
                     select (s, pick, token, huge)).ToArbitrary(), c =>
        {
            var (sample, pick, token, huge) = c;
            var lines = Encoding.UTF8.GetString(sample.Bytes).Split('\n');
            var rows = sample.Intact.Executions.Where(e => e.Output is not null).SelectMany(e => e.Output!.AllRows).Select(r => r.Row.Line).ToList();
            if (rows.Count == 0) return;
            var line = rows[pick % rows.Count] - 1;
            var tokens = lines[line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            tokens[token % tokens.Length] = huge;
            lines[line] = string.Join("    ", tokens);
            NothingLostSilently(sample, Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        });

    // ---- helpers ---------------------------------------------------------------------------------------------

    /// <summary>A sample with 1–5 copies of a byte sequence inserted at random places (or overwriting a byte).</summary>
    private static Gen<(Sample Sample, byte[] Bytes)> Injected(Gen<byte[]> what) =>
        from s in AnySample
        from count in Gen.Choose(1, 5)
        from places in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, s.Bytes.Length - 1), Gen.Elements(true, false)), count)
        from bytes in what
        select (s, Inject(s.Bytes, places, bytes));

    private static byte[] Inject(byte[] original, (int At, bool Overwrite)[] places, byte[] what)
    {
        var bytes = original.ToList();
        foreach (var (at, overwrite) in places.OrderByDescending(p => p.At))
        {
            if (overwrite && bytes[at] != (byte)'\n') bytes.RemoveAt(at);
            bytes.InsertRange(at, what);
        }
        return [.. bytes];
    }

    /// <summary>
    /// Each execution of the intact log is unchanged in the damaged one, or an execution at its place says by its
    /// status that something went wrong, or a note names a line of its section.
    /// </summary>
    private static void NothingLostSilently(Sample sample, byte[] damaged)
    {
        var mutated = Read(damaged, sample.Name);
        if (mutated is null) return; // refused as a whole, naming the file
        var noted = mutated.Diagnostics.Select(d => d.Location.Line).ToList();
        foreach (var (x, range) in Ranges(sample))
        {
            if (mutated.Executions.Any(y => y.Source == x.Source && Content(y) == Content(x))) continue;
            if (mutated.Executions.Any(y => y.Source.Line >= range.Start && y.Source.Line <= range.End && y.Status != ExecutionStatus.Complete)) continue;
            Assert.True(noted.Exists(l => l >= range.Start && l <= range.End),
                $"{x.Benchmark} at {x.Source} changed or vanished with no note in lines {range.Start}-{range.End}; notes: {string.Join("; ", mutated.Diagnostics)}");
        }
    }

    /// <summary>Each execution of the intact log with the lines of its section (from the line before its launch line to the line before the next one's).</summary>
    private static IEnumerable<(Execution X, (int Start, int End) Range)> Ranges(Sample sample)
    {
        var executions = sample.Intact.Executions;
        for (var i = 0; i < executions.Length; i++)
        {
            var start = executions[i].Source.Line - 1;
            var end = i + 1 < executions.Length ? executions[i + 1].Source.Line - 2 : int.MaxValue;
            yield return (executions[i], (start, end));
        }
    }

    private static (string, int, double?, ExecutionStatus, SourceLocation) Key(Execution e) => (e.Benchmark, e.Iteration, e.WallSeconds, e.Status, e.Source);

    private static (string, int, double?, ExecutionStatus, int) Content(Execution e) =>
        (e.Benchmark, e.Iteration, e.WallSeconds, e.Status, e.Output?.AllRows.Count() ?? -1);

    private static string Full(Execution e) => string.Join('|', e.Benchmark, e.Nodes, e.Processes, e.Iteration, e.WallSeconds, e.Status, e.Detail, e.Source,
        string.Join(';', e.Output?.AllRows.Select(r => $"{r.Row.MessageSizeBytes}:{string.Join(',', r.Row.Values)}@{r.Row.Line}") ?? []));
}
