using System.ComponentModel;
using System.Globalization;
using System.Text;
using CliWrap;

namespace OsuScale.Collect.Kubectl;

/// <summary>
/// Runs the real kubectl through CliWrap, always with an argument list (never a shell). A call returns its exit code and
/// output lines; cancelling the token kills the process.
/// </summary>
internal sealed class KubectlClient(KubectlOptions options)
{
    /// <summary>The options every call uses.</summary>
    public KubectlOptions Options { get; } = options;

    /// <summary>The full argument list of a command: the global selection arguments, then <paramref name="arguments"/>.</summary>
    public IReadOnlyList<string> Arguments(IEnumerable<string> arguments, bool withRequestTimeout = true)
    {
        var all = new List<string>(Options.GlobalArguments());
        if (withRequestTimeout && Options.RequestTimeout is { } timeout)
            all.Add("--request-timeout=" + ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s");
        all.AddRange(arguments);
        return all;
    }

    /// <summary>The command line as a person would type it (quoted for display only; it is never run through a shell).</summary>
    public string Describe(IEnumerable<string> arguments, bool withRequestTimeout = false) =>
        string.Join(' ', new[] { Options.Path }.Concat(Arguments(arguments, withRequestTimeout)).Select(Quote));

    /// <summary>Runs kubectl with <paramref name="arguments"/> and collects its output.</summary>
    /// <exception cref="KubectlNotFoundException">kubectl cannot be started.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the process was killed.</exception>
    public async Task<KubectlResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var args = Arguments(arguments);
        var output = new List<string>();
        var error = new List<string>();
        var exit = await ExecuteAsync(args, line => { lock (output) output.Add(line); }, error, cancellationToken).ConfigureAwait(false);
        return new KubectlResult(args, exit, output, error);
    }

    /// <summary>
    /// Runs a kubectl command whose standard output is streamed to <paramref name="onLine"/> as it arrives
    /// (<c>kubectl logs -f</c>); standard error is collected.
    /// </summary>
    /// <exception cref="KubectlNotFoundException">kubectl cannot be started.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the process was killed.</exception>
    public async Task<KubectlResult> StreamAsync(IEnumerable<string> arguments, Action<string> onLine, CancellationToken cancellationToken = default)
    {
        var args = Arguments(arguments, withRequestTimeout: false);
        var error = new List<string>();
        var exit = await ExecuteAsync(args, onLine, error, cancellationToken).ConfigureAwait(false);
        return new KubectlResult(args, exit, [], error);
    }

    private async Task<int> ExecuteAsync(IReadOnlyList<string> args, Action<string> onLine, List<string> error, CancellationToken cancellationToken)
    {
        var program = Resolve(Options.Path);
        var command = Cli.Wrap(program)
            .WithArguments(args)
            .WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(onLine, Encoding.UTF8))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => { lock (error) error.Add(line); }, Encoding.UTF8));
        try
        {
            var result = await command.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.ExitCode;
        }
        catch (Win32Exception e)
        {
            throw new KubectlNotFoundException($"kubectl could not be started ('{Options.Path}'): {e.Message}", e);
        }
        catch (InvalidOperationException e) when (e.InnerException is Win32Exception)
        {
            throw new KubectlNotFoundException($"kubectl could not be started ('{Options.Path}'): {e.InnerException.Message}", e);
        }
    }

    /// <summary>The program to start: a path that must exist, or a bare name found on <c>PATH</c>.</summary>
    /// <exception cref="KubectlNotFoundException">Neither.</exception>
    public static string Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new KubectlNotFoundException("kubectl path is empty");
        if (path.Contains(Path.DirectorySeparatorChar) || path.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(path) ? path : throw new KubectlNotFoundException($"kubectl not found at '{path}' (set --kubectl PATH)");
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, path);
            if (File.Exists(candidate)) return candidate;
            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe")) return candidate + ".exe";
        }
        throw new KubectlNotFoundException($"'{path}' not found on PATH: install kubectl or set --kubectl PATH");
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@%+".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";
}
