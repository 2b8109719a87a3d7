using OsuScale.Tests.Support;

namespace OsuScale.Collect.Tests.Support;

/// <summary>Runs <c>osu-scale</c> in-process with captured output, as a user would call it.</summary>
public static class CliRunner
{
    /// <summary>The exit code, standard output and standard error of one invocation.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var result = await CliRun.RunAsync(args);
        return new Result(result.Exit, result.Out, result.Err);
    }
}
