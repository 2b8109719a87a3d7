using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>
/// The input cases of issue 11, each as it was reported: the same file given twice, empty, binary and compressed
/// input, damaged rows dropped without a note, pipes and standard input, unbounded notes, and iteration numbers that
/// repeat across the files of one size. Each test failed before the reader learned the case.
/// </summary>
public sealed class InputCasesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("osu-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Size8 => Path.Combine(RepoData.KubeconRun1, "size-8.log");

    // ---- 1. duplicated input --------------------------------------------------------------------------------

    [Fact]
    public void The_same_file_given_twice_is_read_once_with_a_note()
    {
        var once = CampaignReader.Read([Size8]);
        var twice = CampaignReader.Read([Size8, Size8]);

        Assert.Equal(once.Executions.Length, twice.Executions.Length);
        Assert.Contains(twice.Diagnostics, d => d.Message.Contains("read once", StringComparison.Ordinal) && d.Location.File == Size8);
    }

    [Fact]
    public void A_folder_and_a_file_inside_it_count_the_file_once()
    {
        var folder = CampaignReader.Read([RepoData.KubeconRun1]);
        var both = CampaignReader.Read([RepoData.KubeconRun1, Size8]);

        Assert.Equal(folder.Executions.Length, both.Executions.Length);
    }

    [Fact]
    public void A_copy_with_the_same_content_and_a_symbolic_link_are_read_once()
    {
        var copy = Write("copy/size-8.log", File.ReadAllBytes(Size8));
        var link = Path.Combine(_dir, "link.log");
        File.CreateSymbolicLink(link, Size8);

        var all = CampaignReader.Read([Size8, copy, link]);

        Assert.Equal(CampaignReader.ReadFile(Size8).Executions.Length, all.Executions.Length);
        Assert.Equal(2, all.Diagnostics.Count(d => d.Message.Contains("read once", StringComparison.Ordinal)));
    }

    [Fact]
    public void Equal_files_whose_names_declare_different_iterations_are_both_read()
    {
        var bytes = File.ReadAllBytes(Size8);
        var one = Write("size-8-iter-1.log", bytes);
        var two = Write("size-8-iter-2.log", bytes);

        var both = CampaignReader.Read([one, two]);

        Assert.Equal(2 * CampaignReader.ReadFile(one).Executions.Length, both.Executions.Length);
        Assert.Empty(both.Diagnostics);
    }

    [Fact]
    public void Files_that_differ_are_all_read_even_with_the_same_start_and_length()
    {
        var text = File.ReadAllText(Size8);
        var a = Write("a/size-8.log", text);
        var b = Write("b/size-8.log", text.Replace("real\t0m43.910s", "real\t0m43.911s", StringComparison.Ordinal));

        var both = CampaignReader.Read([a, b]);

        Assert.Equal(2 * CampaignReader.ReadFile(a).Executions.Length, both.Executions.Length);
    }

    // ---- 3. unreadable input --------------------------------------------------------------------------------

    [Theory]
    [InlineData("empty")]
    [InlineData("blank")]
    [InlineData("random")]
    [InlineData("xz")]
    [InlineData("zstd")]
    [InlineData("zip")]
    public void Unreadable_input_is_refused_naming_the_file(string kind)
    {
        var random = new byte[1 << 20];
        new Random(7).NextBytes(random);
        byte[] bytes = kind switch
        {
            "empty" => [],
            "blank" => "\n\n   \r\n"u8.ToArray(),
            "random" => random,
            "xz" => [0xfd, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, 1, 2],
            "zstd" => [0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3],
            _ => [(byte)'P', (byte)'K', 3, 4, 1, 2, 3],
        };
        var path = Write($"size-8.{kind}.log", bytes);

        var e = Assert.Throws<OsuParseException>(() => CampaignReader.Read([path]));

        Assert.Equal(path, e.Location.File);
        Assert.Contains(kind switch { "empty" or "blank" => "empty", "random" => "binary", _ => kind }, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzipped_log_is_read_as_the_log_itself()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(File.ReadAllBytes(Size8));
        var path = Write("size-8.log.gz", buffer.ToArray());

        var plain = CampaignReader.ReadFile(Size8);
        var gzipped = CampaignReader.Read([_dir]);

        Assert.Equal(plain.Executions.Select(Key), gzipped.Executions.Select(Key));
        Assert.Equal(InputKind.Log, CampaignReader.Detect(path));
    }

    // ---- 4. damaged rows ------------------------------------------------------------------------------------

    [Fact]
    public void A_row_with_nul_bytes_is_noted_with_its_line()
    {
        var lines = LauncherLogTests.Log.Split('\n');
        var row = Array.FindIndex(lines, l => l.StartsWith("1                      85.37", StringComparison.Ordinal));
        lines[row] = "1       \0\0\0\0     85.37";
        var path = Write("size-4.log", string.Join('\n', lines));

        var c = CampaignReader.ReadFile(path);

        var note = Assert.Single(c.Diagnostics);
        Assert.Equal(new SourceLocation(path, row + 1), note.Location);
        Assert.Contains("NUL", note.Message, StringComparison.Ordinal);
        Assert.Single(c.Executions[0].Output!.Tables[0].Rows);
    }

    [Fact]
    public void A_row_with_bytes_that_are_not_utf8_is_noted_with_its_line()
    {
        var text = LauncherLogTests.Log;
        var at = text.IndexOf("85.37", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text[..at]).Concat(new byte[] { 0xff, 0xfe }).Concat(Encoding.UTF8.GetBytes(text[at..])).ToArray();
        var path = Write("size-4.log", bytes);

        var c = CampaignReader.ReadFile(path);

        var note = Assert.Single(c.Diagnostics);
        Assert.Equal(text[..at].Count(ch => ch == '\n') + 1, note.Location.Line);
    }

    [Fact]
    public void A_line_inside_a_table_that_is_not_a_row_is_noted()
    {
        var path = Write("size-4.log", LauncherLogTests.Log.Replace("1                      85.37", "1                      85.37.2", StringComparison.Ordinal));

        var c = CampaignReader.ReadFile(path);

        Assert.Contains(c.Diagnostics, d => d.RawLine == "1                      85.37.2");
    }

    // ---- 8. pipes and standard input ------------------------------------------------------------------------

    [Fact]
    public void A_stream_that_cannot_seek_is_read_like_the_file()
    {
        using var pipe = new ForwardOnlyStream(File.ReadAllBytes(Size8));

        var executions = CampaignReader.Stream(pipe, "size-8.log").ToList();

        Assert.Equal(CampaignReader.ReadFile(Size8).Executions.Select(Key), executions.Select(Key));
    }

    [Fact]
    public async Task A_named_pipe_is_read_like_the_file()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return; // mkfifo is POSIX
        var fifo = Path.Combine(_dir, "size-8.fifo");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(Size8)));

        var c = CampaignReader.Read([fifo]);
        await writer;

        Assert.Equal(CampaignReader.ReadFile(Size8).Executions.Select(Key), c.Executions.Select(Key));
    }

    [Fact]
    public async Task Standard_input_is_read_when_the_input_is_a_dash()
    {
        var (exit, stdout, stderr) = await OsuScaleAsync(["times", "-"], await File.ReadAllTextAsync(Size8));

        Assert.True(exit == 0, stderr);
        var expected = new StringWriter();
        TimesLog.Write(TimesLog.FromCampaign(CampaignReader.ReadFile(Size8)), expected);
        Assert.Equal(expected.ToString(), stdout);
    }

    // ---- 7. bounded notes -----------------------------------------------------------------------------------

    [Fact]
    public void Notes_are_capped_per_kind_with_a_count_of_the_rest()
    {
        var bad = string.Concat(Enumerable.Repeat("1   2   3\n", 100));
        var text = LauncherLogTests.Log.Replace("1                      85.37\n", "1                      85.37\n" + bad, StringComparison.Ordinal)
            + "\n" + string.Concat(Enumerable.Repeat("real 1.5\n", 30));

        var c = CampaignReader.ReadText(text, "size-4.log", ReadOptions.Default with { MaxNotesPerKind = 5 });

        Assert.Equal(5, c.Diagnostics.Count(d => d.Message.StartsWith("a row with 3 values", StringComparison.Ordinal)));
        Assert.Contains(c.Diagnostics, d => d.Message.StartsWith("95 more note(s)", StringComparison.Ordinal) && d.Message.Contains("a row with 3 values", StringComparison.Ordinal));
        Assert.Contains(c.Diagnostics, d => d.Message.StartsWith("25 more note(s)", StringComparison.Ordinal) && d.Message.Contains("time footer", StringComparison.Ordinal));
        Assert.Equal(5 + 1 + 5 + 1, c.Diagnostics.Length);
    }

    [Fact]
    public void A_log_repeated_many_times_keeps_the_tables_of_the_first_hundred_repeats_only()
    {
        var text = string.Concat(Enumerable.Repeat(LauncherLogTests.Log + "\n", 60));

        var c = CampaignReader.ReadText(text, "size-4.log");

        var repeats = c.Executions.Where(e => e.Status == ExecutionStatus.Repeated).ToList();
        Assert.Equal(2 * 59, repeats.Count);
        Assert.Equal(100, repeats.Count(e => e.Output is not null));
        Assert.All(repeats, e => Assert.NotNull(e.WallSeconds));
        Assert.Single(c.Diagnostics, d => d.Message.StartsWith("more than 100 repeated executions", StringComparison.Ordinal));
    }

    [Fact]
    public void Strict_reading_throws_at_the_first_tolerated_problem_with_its_line()
    {
        var text = LauncherLogTests.Log.Replace("1                      85.37", "1                      85.37   9", StringComparison.Ordinal);
        var lenient = CampaignReader.ReadText(text, "size-4.log");
        var note = Assert.Single(lenient.Diagnostics);

        var e = Assert.Throws<OsuParseException>(() => CampaignReader.ReadText(text, "size-4.log", ReadOptions.Default with { Strict = true }));

        Assert.Equal(note.Location, e.Location);
        Assert.Equal("1                      85.37   9", e.RawLine);
        Assert.Empty(CampaignReader.ReadText(LauncherLogTests.Log, "size-4.log", ReadOptions.Default with { Strict = true }).Diagnostics);
    }

    // ---- 6. iteration numbers across files ------------------------------------------------------------------

    [Fact]
    public void A_size_split_over_several_files_gets_unique_iteration_numbers()
    {
        var text = File.ReadAllText(Size8);
        Write("split/size-8-a.log", text);
        Write("split/size-8-b.log", text.Replace("real\t0m43.910s", "real\t0m44.910s", StringComparison.Ordinal));
        var folder = Path.Combine(_dir, "split");

        var c = CampaignReader.Read([folder]);
        var rows = TimesLog.FromCampaign(c);

        Assert.Equal(rows.Count, rows.Select(r => (r.Metric, r.SizeNodes, r.Iteration)).Distinct().Count());
        Assert.Equal([1, 2], rows.Where(r => r.Metric == "osu_get_acc_latency").Select(r => r.Iteration));
        var written = new StringWriter();
        TimesLog.Write(rows, written);
        Assert.True(TimesLog.Compare(TimesLog.Read(new StringReader(written.ToString())), TimesLog.FromCampaign(CampaignReader.Read([folder]))).Agrees);
    }

    [Fact]
    public async Task The_times_log_of_a_split_campaign_passes_its_own_check()
    {
        var text = File.ReadAllText(Size8);
        Write("split/size-8-a.log", text);
        Write("split/size-8-b.log", text.Replace("real\t0m43.910s", "real\t0m44.910s", StringComparison.Ordinal));
        var folder = Path.Combine(_dir, "split");
        var timesLog = Path.Combine(_dir, "t.log");

        var (written, _, writeError) = await OsuScaleAsync(["times", folder, "-o", timesLog]);
        var (checkedExit, report, checkError) = await OsuScaleAsync(["times", folder, "--check", timesLog]);

        Assert.True(written == 0, writeError);
        Assert.True(checkedExit == 0, report + checkError);
        Assert.Contains("0 differ", report, StringComparison.Ordinal);
    }

    /// <summary>Runs the osu-scale built beside the tests as its own process (standard input, exit code, both outputs).</summary>
    private static async Task<(int Exit, string Out, string Err)> OsuScaleAsync(string[] args, string? input = null)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "osu-scale.dll"), .. args])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null) await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    private static (string, int?, int, double?, ExecutionStatus) Key(Execution e) => (e.Benchmark, e.Nodes, e.Iteration, e.WallSeconds, e.Status);

    /// <summary>A stream that reads forward only, as a pipe does.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
        public override long Length => throw new NotSupportedException();
    }
}
