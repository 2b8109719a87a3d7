using OsuScale.Cli;
using OsuScale.Cli.Infrastructure;
using OsuScale.Tests.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

/// <summary>
/// Issue 11's command-line cases, each as a user typed it: a bad value or an unknown option is a usage error (exit 2,
/// one line and the --help hint) found before any work; an output path that cannot be a folder or a file is refused
/// (exit 3) before anything is read; never a stack trace.
/// </summary>
[Trait("Category", "Cli")]
public sealed class CliUsageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cli-usage-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Log()
    {
        var path = Path.Combine(folder, "size-4.log");
        File.WriteAllText(path, LauncherLogTests.Log);
        return path;
    }

    private static void AssertUsage(CliRun.Result result, string message)
    {
        Assert.True(result.Exit == ExitCodes.Usage, result.ToString());
        var lines = result.Err.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal([$"osu-scale: error: {message}", ErrorBoundary.Hint], lines);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("times", "abc")]
    [InlineData("times", "1.5")]
    [InlineData("tables", "abc")]
    [InlineData("analyze", "1.5")]
    [InlineData("report", "abc")]
    [InlineData("report", "-3")]
    public void A_node_count_that_is_not_a_whole_number_is_a_usage_error_on_every_verb(string verb, string value)
    {
        var output = Path.Combine(folder, "out");
        string[] args = verb == "times" ? [verb, Log(), "--nodes", value] : [verb, Log(), "-o", output, "--nodes", value];

        AssertUsage(CliRun.Run(args), $"--nodes: '{value}' is not a whole number of at least 1");
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [InlineData("times")]
    [InlineData("tables")]
    [InlineData("analyze")]
    [InlineData("report")]
    public void An_unknown_option_is_a_usage_error_not_a_file(string verb)
    {
        var output = Path.Combine(folder, "out");
        string[] args = verb == "times" ? [verb, Log(), "--bogus"] : [verb, Log(), "--bogus", "-o", output];

        AssertUsage(CliRun.Run(args), "unknown option '--bogus' (a file whose name starts with '-' can be given as ./--bogus)");
    }

    [Theory]
    [InlineData("simulate", "-o", "x", "--bogus")]
    [InlineData("run", "--sizes", "4", "-o", "x", "--bogus")]
    public void An_unknown_option_of_a_verb_without_inputs_is_a_usage_error(params string[] args)
    {
        var result = CliRun.Run(args);
        Assert.Equal(ExitCodes.Usage, result.Exit);
        Assert.Contains("--bogus", result.Err);
        Assert.EndsWith(ErrorBoundary.Hint, result.Err.TrimEnd());
    }

    [Theory]
    [InlineData("--repetitions", "0", "--repetitions: '0' is not a whole number of at least 1")]
    [InlineData("--sizes", "4,4", "--sizes: a size is repeated")]
    [InlineData("--noise", "-1", "--noise: '-1' is not a number from 0 to 2 (a relative noise such as 0.05)")]
    public void Simulate_refuses_bad_values_with_a_plain_message(string option, string value, string message) =>
        AssertUsage(CliRun.Run("simulate", "-o", Path.Combine(folder, "sim"), option, value), message);

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_before_reading_anything()
    {
        var file = Path.Combine(folder, "afile");
        File.WriteAllText(file, "keep me");
        // The input does not exist: had the verb read first, the error would name it.
        var missing = Path.Combine(folder, "no-such.log");

        foreach (var verb in new[] { "tables", "analyze", "report" })
        {
            var result = CliRun.Run(verb, missing, "-o", file);
            Assert.True(result.Exit == ExitCodes.InputError, verb + ": " + result);
            Assert.Equal($"osu-scale: error: --output {file}: '{file}' is a file, not a folder\n", result.Err.ReplaceLineEndings("\n"));
        }
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_folder_under_a_file_is_refused_with_a_plain_message()
    {
        var file = Path.Combine(folder, "afile");
        File.WriteAllText(file, "");
        var result = CliRun.Run("tables", Log(), "-o", Path.Combine(file, "out"));

        Assert.Equal(ExitCodes.InputError, result.Exit);
        Assert.Equal($"osu-scale: error: --output {Path.Combine(file, "out")}: '{file}' is a file, not a folder\n", result.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_times_output_that_is_a_folder_or_in_a_missing_folder_is_refused()
    {
        var log = Log();
        var a = CliRun.Run("times", log, "-o", folder);
        Assert.Equal(ExitCodes.InputError, a.Exit);
        Assert.Equal($"osu-scale: error: --output {folder}: '{folder}' is a folder, not a file\n", a.Err.ReplaceLineEndings("\n"));

        var target = Path.Combine(folder, "missing", "t.log");
        var b = CliRun.Run("times", log, "-o", target);
        Assert.Equal(ExitCodes.InputError, b.Exit);
        Assert.Equal($"osu-scale: error: --output {target}: the folder '{Path.Combine(folder, "missing")}' does not exist\n", b.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Results_go_to_stdout_and_progress_and_notes_to_stderr()
    {
        var output = Path.Combine(folder, "report");
        var result = CliRun.Run("report", RepoData.KubeconRun1, "-o", output, "--format", "svg", "--predict", "none");

        Assert.True(result.Exit == ExitCodes.Ok, result.ToString());
        Assert.Contains("osu-scale: reading logs", result.Err);
        Assert.Contains("osu-scale: writing figures", result.Err);
        Assert.Contains("osu-scale: note: ", result.Err);
        Assert.DoesNotContain("osu-scale: ", result.Out);
        Assert.Equal(2, result.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n').Length);
        Assert.StartsWith("report: ", result.Out.ReplaceLineEndings("\n").TrimEnd().Split('\n')[1]);
    }

    [Fact]
    public void The_analyze_table_fits_100_columns_and_wide_prints_it_whole()
    {
        var narrow = CliRun.Run("analyze", RepoData.KubeconRun1, "-o", Path.Combine(folder, "a"));
        var wide = CliRun.Run("analyze", RepoData.KubeconRun1, "-o", Path.Combine(folder, "b"), "--wide");

        Assert.True(narrow.Exit == ExitCodes.Ok, narrow.ToString());
        var lines = narrow.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= CliIo.RedirectedWidth, $"{l.Length} columns: {l}"));
        Assert.Contains(lines, l => l.Contains("osu_allgather", StringComparison.Ordinal) && l.Contains("scaling-issue", StringComparison.Ordinal));
        // --wide: one row per benchmark, wider than 100 columns (the prediction intervals side by side).
        Assert.Contains(wide.Out.ReplaceLineEndings("\n").Split('\n'), l => l.Length > CliIo.RedirectedWidth && l.Contains("osu_allgather", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_shows_the_help_names_and_each_default_once()
    {
        var simulate = CliRun.Run("simulate", "--help").Out;
        Assert.Contains("--sizes <N,N>", simulate);
        Assert.Contains("--repetitions <N>", simulate);
        Assert.Contains("-o, --output <DIR>", simulate);
        // Each default is printed once, by the parser ([default: 3]), not also in the description as before.
        Assert.Equal(1, Count(simulate, "[default: 3]"));
        Assert.Equal(1, Count(simulate, "0.05"));
        Assert.Equal(3, Count(simulate, "default"));
        Assert.DoesNotContain("(default", simulate);

        var analyze = CliRun.Run("analyze", "--help").Out;
        Assert.Contains("--predict <N,N>", analyze);
        Assert.Contains("--nodes <N>", analyze);
        Assert.Contains("<INPUT>...", analyze);
        Assert.Contains("-o, --output <FILE>", CliRun.Run("times", "--help").Out);
    }

    [Fact]
    public void Exit_codes_are_listed_once_in_the_root_help_and_per_verb_only_those_it_returns()
    {
        var root = CliRun.Run("--help").Out;
        Assert.Equal(1, Count(root, "Exit codes:"));
        Assert.Equal(1, Count(root, "124"));
        Assert.Equal(1, Count(root, "130"));

        var run = CliRun.Run("run", "--help").Out;
        Assert.Equal(1, Count(run, "124"));
        Assert.DoesNotContain("times --check", run);
        Assert.DoesNotContain("124", CliRun.Run("analyze", "--help").Out);
        Assert.Contains("  4    times --check found differences", CliRun.Run("times", "--help").Out);
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
