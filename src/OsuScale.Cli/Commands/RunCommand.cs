using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using OsuScale.Collect.Kubectl;
using OsuScale.Collect.MetricSets;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>
/// <c>osu-scale run --sizes 4,8,16 [--iterations N] [--commands …] [--template FILE] … -o DIR</c>: runs a campaign on
/// a Kubernetes cluster over kubectl, one MetricSet per size and iteration, collecting <c>size-N[-iter-I].log</c>.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var sizes = new Option<string?>("--sizes") { Description = "Cluster sizes (pods, one per node), comma-separated, run in this order: 4,8,16,32,64." };
        var iterations = new Option<int>("--iterations") { Description = "Repetitions per size (logs become size-N-iter-I.log when above 1).", DefaultValueFactory = _ => 1 };
        var commands = new Option<string?>("--commands") { Description = "OSU benchmarks, comma-separated (osu_latency,osu_allreduce); default: the template's list, or the operator's default." };
        var template = new Option<string?>("--template") { Description = "Your MetricSet YAML to start from; name, pods, commands and options.timed are set per step, the rest is kept." };
        var ns = new Option<string?>("--namespace", "-n") { Description = "Kubernetes namespace (default: the context's)." };
        var context = new Option<string?>("--context") { Description = "kubeconfig context to use." };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "kubeconfig file to use." };
        var kubectl = new Option<string>("--kubectl") { Description = "The kubectl program.", DefaultValueFactory = _ => "kubectl" };
        var timeout = new Option<string?>("--timeout") { Description = "Stop the whole run after this long (6h, 90m, 30s); resume later with --resume." };
        var schedule = new Option<string?>("--schedule-timeout") { Description = "How long a launcher pod may stay unscheduled or pending (default 30m)." };
        var poll = new Option<string?>("--poll-interval") { Description = "Pause between two looks at the pods (default 5s)." };
        var apiVersion = new Option<string?>("--api-version") { Description = "MetricSet API version: v1alpha2 (default) or v1alpha1 (default with --template: the template's)." };
        var keep = new Option<bool>("--keep") { Description = "Leave the MetricSet of a failed step in the cluster for inspection instead of deleting it." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan (MetricSets, kubectl commands, estimated node-hours) without calling kubectl or writing files." };
        var resume = new Option<string?>("--resume") { Description = "Continue the campaign in this folder after its last completed step (its settings come from DIR/run-manifest.json)." };
        var estimateFrom = new Option<string?>("--estimate-from") { Description = "Folder of a previous 'osu-scale analyze -o DIR' (its verdicts.json) to estimate durations and node-hours." };
        var output = new Option<string?>("--output", "-o") { Description = "Campaign folder: size-N[-iter-I].log, manifests/, nodes.json, run-manifest.json." };

        var command = new Command("run",
            "Run a campaign on Kubernetes over kubectl: per size (and iteration) apply a metrics-operator MetricSet, stream the launcher log into DIR/size-N[-iter-I].log as it arrives, wait for the end, delete it, and record every step in DIR/run-manifest.json so that --resume DIR continues after a fault. Needs a cluster with JobSet and the metrics-operator. "
            + ExitCodes.HelpText.TrimEnd('.') + ", 124 --timeout reached.")
        {
            sizes, iterations, commands, template, ns, context, kubeconfig, kubectl, timeout, schedule, poll, apiVersion, keep, dryRun, resume, estimateFrom, output,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            int Fail(int code, string message)
            {
                stderr.WriteLine("osu-scale: error: " + message.ReplaceLineEndings(" "));
                return code;
            }

            var resumeDir = parseResult.GetValue(resume);
            var outputDir = parseResult.GetValue(output);
            bool Given(Option option) => parseResult.GetResult(option) is { Implicit: false };
            if (resumeDir is not null && (Given(sizes) || Given(commands) || Given(template) || Given(iterations) || Given(apiVersion)))
                return Fail(ExitCodes.Usage, "--resume takes the campaign's settings from DIR/run-manifest.json; drop --sizes, --iterations, --commands, --template and --api-version");
            if (resumeDir is not null && outputDir is not null && Path.GetFullPath(outputDir) != Path.GetFullPath(resumeDir))
                return Fail(ExitCodes.Usage, "--resume DIR writes into DIR; drop -o or give the same folder");
            if (resumeDir is null && (parseResult.GetValue(sizes) is null || outputDir is null))
                return Fail(ExitCodes.Usage, "give --sizes and -o DIR (or --resume DIR)");
            ImmutableArray<int> sizeList;
            TimeSpan? runTimeout, scheduleTimeout, pollInterval;
            try
            {
                sizeList = resumeDir is null ? ParseSizes(parseResult.GetValue(sizes)!) : [];
                runTimeout = OptionalDuration(parseResult.GetValue(timeout), "--timeout");
                scheduleTimeout = OptionalDuration(parseResult.GetValue(schedule), "--schedule-timeout");
                pollInterval = OptionalDuration(parseResult.GetValue(poll), "--poll-interval");
            }
            catch (FormatException e)
            {
                return Fail(ExitCodes.Usage, e.Message);
            }
            var folder = resumeDir ?? outputDir!;

            var kubectlOptions = new KubectlOptions(parseResult.GetValue(kubectl)!, parseResult.GetValue(context), parseResult.GetValue(kubeconfig),
                parseResult.GetValue(ns), TimeSpan.FromSeconds(60));
            var client = new KubectlClient(kubectlOptions);

            CampaignSettings settings;
            DurationEstimates estimates;
            try
            {
                settings = resumeDir is not null
                    ? RunManifest.Load(resumeDir).Settings
                    : new CampaignSettings(
                        sizeList, parseResult.GetValue(iterations),
                        [.. (parseResult.GetValue(commands) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                        parseResult.GetValue(template) is { } t ? Path.GetFullPath(t) : null,
                        parseResult.GetValue(apiVersion)).Validated();
                estimates = parseResult.GetValue(estimateFrom) is { } from ? DurationEstimates.Load(from) : DurationEstimates.None;
            }
            catch (ArgumentException e)
            {
                return Fail(ExitCodes.Usage, e.Message);
            }
            catch (Exception e) when (e is RunManifestException or FormatException or MetricSetTemplateException)
            {
                return Fail(ExitCodes.InputError, e.Message);
            }

            // A live progress bar on a terminal; plain lines when the output is a file, a pipe or a test's writer.
            var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(stdout),
                Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            });
            if (!terminal) console.Profile.Width = 200;
            RunPlan plan;
            try
            {
                plan = RunPlanner.Plan(settings, Path.GetFullPath(folder), client, estimates, parseResult.GetValue(keep));
            }
            catch (MetricSetTemplateException e)
            {
                return Fail(ExitCodes.InputError, e.Message);
            }

            if (parseResult.GetValue(dryRun))
            {
                var done = resumeDir is null ? [] : RunManifest.Load(resumeDir).Steps.Where(s => s.State == StepState.Completed).Select(s => (s.Size, s.Iteration)).ToHashSet();
                PrintPlan(console, stdout, plan with { Steps = [.. plan.Steps.Where(s => !done.Contains((s.Step.Size, s.Step.Iteration)))] });
                return ExitCodes.Ok;
            }

            var options = new RunOptions(folder, parseResult.GetValue(keep), runTimeout);
            if (scheduleTimeout is { } s) options = options with { ScheduleTimeout = s };
            if (pollInterval is { } p) options = options with { PollInterval = p };
            var benchmarks = plan.Steps.FirstOrDefault()?.Benchmarks ?? [];
            var progress = new RunProgress(console, estimates, benchmarks, options.Clock);
            var runner = new CampaignRunner(client, options, progress);
            progress.Prepare(resumeDir is null ? plan.Steps.Select(x => x.Step) : RunManifest.Load(resumeDir).Remaining);
            try
            {
                var manifest = await progress.ShowAsync(() => resumeDir is null
                    ? runner.StartAsync(settings, cancellationToken)
                    : runner.ResumeAsync(cancellationToken));
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"[green]campaign complete[/]: {manifest.Steps.Length} step(s), logs in {Markup.Escape(Path.GetFullPath(folder))}; next: osu-scale report {Markup.Escape(Path.Combine(folder, "size-*.log"))}"));
                return ExitCodes.Ok;
            }
            catch (CampaignRunException e)
            {
                stderr.WriteLine("osu-scale: error: " + e.Message.ReplaceLineEndings(" "));
                if (e.Manifest is not null)
                    stderr.WriteLine($"osu-scale: note: the logs collected so far are in {Path.GetFullPath(folder)}; continue with: osu-scale run --resume {folder}");
                return e.End switch
                {
                    RunEnd.Interrupted => ExitCodes.Interrupted,
                    RunEnd.TimedOut => ExitCodes.TimedOut,
                    _ => ExitCodes.Failure,
                };
            }
            catch (Exception e) when (e is RunManifestException or MetricSetTemplateException or IOException or UnauthorizedAccessException)
            {
                return Fail(ExitCodes.InputError, e.Message);
            }
        });
        return command;
    }

    private static void PrintPlan(IAnsiConsole console, TextWriter stdout, RunPlan plan)
    {
        console.MarkupLine($"[bold]Plan[/] for {Markup.Escape(plan.OutputDirectory)} (dry run: nothing is sent to the cluster, nothing is written)");
        var table = new Table().AddColumns("step", "size", "iteration", "MetricSet", "log", "benchmarks", "estimate", "node-hours");
        foreach (var (step, i) in plan.Steps.Select((s, i) => (s, i)))
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                step.Step.Size.ToString(CultureInfo.InvariantCulture),
                step.Step.Iteration.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(step.Step.Name),
                Markup.Escape(step.Step.Log),
                step.Benchmarks.Length == 0 ? "operator default" : step.Benchmarks.Length.ToString(CultureInfo.InvariantCulture),
                step.Estimate.Duration is { } d ? Duration.Format(d) + (step.Estimate.Complete ? "" : string.Create(CultureInfo.InvariantCulture, $" ({step.Estimate.Known}/{step.Estimate.Total} known)")) : "unknown",
                step.NodeHours is { } h ? h.ToString("0.00", CultureInfo.InvariantCulture) : "unknown");
        console.Write(table);
        console.MarkupLine(plan.EstimatedDuration is { } total
            ? string.Create(CultureInfo.InvariantCulture,
                $"Estimated: {Duration.Format(total)} of wall time, {plan.EstimatedNodeHours:0.00} node-hours{(plan.EstimateComplete ? "" : " (known benchmarks only)")}, from {Markup.Escape(plan.EstimatesSource)}")
            : "Estimated: unknown (give --estimate-from DIR with a previous campaign's 'osu-scale analyze -o DIR')");
        // Commands and YAML go to the writer as they are (never wrapped), so they can be copied.
        stdout.WriteLine();
        stdout.WriteLine("kubectl commands (called with argument lists, never through a shell):");
        foreach (var line in plan.Setup) stdout.WriteLine("  " + line);
        foreach (var step in plan.Steps)
        {
            stdout.WriteLine("  # " + step.Step.Title);
            foreach (var line in step.Commands) stdout.WriteLine("  " + line);
        }
        foreach (var step in plan.Steps.Take(1))
        {
            stdout.WriteLine();
            stdout.WriteLine($"MetricSet of the first step ({step.Step.Manifest}; the others differ in name and pods):");
            stdout.Write(step.Yaml);
        }
        stdout.Flush();
    }

    /// <summary>Parses <c>4,8,16</c> (at least one size).</summary>
    /// <exception cref="FormatException">A part is not a positive integer, or there is none.</exception>
    internal static ImmutableArray<int> ParseSizes(string text)
    {
        var sizes = NumberLists.Counts(text, "--sizes");
        return sizes.Length > 0 ? sizes : throw new FormatException("--sizes: no size given (use 4,8,16)");
    }

    private static TimeSpan? OptionalDuration(string? text, string option)
    {
        if (text is null) return null;
        try { return Duration.Parse(text); }
        catch (FormatException e) { throw new FormatException($"{option}: {e.Message}"); }
    }
}
