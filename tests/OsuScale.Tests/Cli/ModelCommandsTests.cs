using System.Text.Json;
using OsuScale.Cli;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Cli;

/// <summary>The <c>simulate</c> and <c>analyze</c> verbs, invoked in process with redirected output.</summary>
[Trait("Category", "Cli")]
public sealed class ModelCommandsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cli-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static CliRun.Result Run(params string[] args) => CliRun.Run(args);

    [Fact]
    public void Simulate_writes_logs_and_a_readme_that_says_synthetic()
    {
        var target = Path.Combine(folder, "sim");
        var (exit, stdout, stderr) = Run("simulate", "-o", target, "--sizes", "4,8,16", "--repetitions", "2", "--noise", "0.1", "--seed", "3");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Contains("wrote 6 synthetic log(s)", stdout);
        Assert.Equal(7, Directory.GetFiles(target).Length);
        var readme = File.ReadAllText(Path.Combine(target, "README.md"));
        Assert.Contains("Synthetic", readme);
        Assert.Contains($"osu-scale simulate -o {target} --sizes 4,8,16 --repetitions 2 --noise 0.1 --seed 3", readme);
        Assert.Contains("| osu_allreduce | step ×4 from 32 nodes |", readme);
    }

    [Theory]
    [InlineData("--sizes", "4,x", "--sizes: 'x' is not a node count")]
    [InlineData("--sizes", "1,4", "size 1")]
    [InlineData("--repetitions", "0", "--repetitions: '0' is not a whole number of at least 1")]
    [InlineData("--noise", "abc", "--noise: 'abc' is not a number from 0 to 2")]
    [InlineData("--seed", "1.5", "--seed: '1.5' is not a whole number")]
    public void Simulate_rejects_bad_settings_with_one_line(string option, string value, string message)
    {
        var (exit, _, stderr) = Run("simulate", "-o", Path.Combine(folder, "bad"), option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("osu-scale: error: ", lines[0]);
        Assert.Contains(message, lines[0]);
        Assert.DoesNotContain("Parameter", lines[0]);
        Assert.Equal(OsuScale.Cli.Infrastructure.ErrorBoundary.Hint, lines[1]);
        Assert.False(Directory.Exists(Path.Combine(folder, "bad")));
    }

    [Fact]
    public void Analyze_prints_verdicts_and_writes_csv_and_json()
    {
        var logs = Path.Combine(folder, "logs");
        Assert.Equal(ExitCodes.Ok, Run("simulate", "-o", logs, "--sizes", "4,8,16,32,64", "--repetitions", "3").Exit);
        var results = Path.Combine(folder, "out");

        var (exit, stdout, _) = Run("analyze", logs, "-o", results, "--predict", "128,256");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("osu_allgather", stdout);
        Assert.Contains("scaling-issue", stdout);
        var csv = File.ReadAllLines(Path.Combine(results, "verdicts.csv"));
        Assert.StartsWith("benchmark,series,category,growth,model,exponent,exponent_low,exponent_high,points,repetitions,noise,noise_source,confidence,reason,", csv[0]);
        Assert.EndsWith("predicted_128_seconds,predicted_128_low,predicted_128_high,predicted_256_seconds,predicted_256_low,predicted_256_high", csv[0]);
        Assert.Equal(23, csv.Length);
        Assert.Contains(csv, l => l.StartsWith("osu_latency,wall_seconds,size-independent,flat,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("osu_allgather,wall_seconds,scaling-issue,superlinear,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("osu_allreduce,wall_seconds,possible-issue,jump,", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(results, "verdicts.json")));
        var verdicts = json.RootElement.GetProperty("verdicts");
        Assert.Equal(22, verdicts.GetArrayLength());
        Assert.Equal("repetitions", json.RootElement.GetProperty("noise").GetProperty("source").GetString());
        var allreduce = verdicts.EnumerateArray().Single(v => v.GetProperty("benchmark").GetString() == "osu_allreduce");
        Assert.Equal(32, allreduce.GetProperty("jump").GetProperty("atNodes").GetDouble());
        Assert.True(File.Exists(Path.Combine(results, "series-verdicts.csv")));
    }

    [Fact]
    public void Analyze_rejects_a_bad_prediction_list()
    {
        var (exit, _, stderr) = Run("analyze", folder, "-o", folder, "--predict", "128,big");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("osu-scale: error: --predict: 'big' is not a node count (expected positive whole numbers such as 128,256)\n" + OsuScale.Cli.Infrastructure.ErrorBoundary.Hint + "\n", stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Analyze_names_a_missing_input_in_one_line()
    {
        var missing = Path.Combine(folder, "nowhere.log");
        var (exit, _, stderr) = Run("analyze", missing, "-o", folder);

        Assert.Equal(ExitCodes.InputError, exit);
        Assert.StartsWith($"osu-scale: error: {missing}", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
