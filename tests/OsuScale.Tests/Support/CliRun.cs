using OsuScale.Cli;

namespace OsuScale.Tests.Support;

/// <summary>Runs <c>osu-scale</c> in process through its one entry point (<see cref="CliApp.RunAsync"/>), with captured output.</summary>
public static class CliRun
{
    /// <summary>The exit code, standard output and standard error of one invocation.</summary>
    public sealed record Result(int Exit, string Out, string Err)
    {
        /// <summary>Everything, for assertion messages.</summary>
        public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line <paramref name="args"/> and waits.</summary>
    public static Result Run(params string[] args) => RunAsync(args).GetAwaiter().GetResult();
}
