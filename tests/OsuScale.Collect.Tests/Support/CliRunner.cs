using System.CommandLine;
using OsuScale.Cli;

namespace OsuScale.Collect.Tests.Support;

/// <summary>Runs <c>osu-scale</c> in-process with captured output, as a user would call it.</summary>
public static class CliRunner
{
    /// <summary>The exit code, standard output and standard error of one invocation.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Result(exit, output.ToString(), error.ToString());
    }
}
