using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using OsuScale.Cli.Infrastructure;
using OsuScale.Collect.Running;

namespace OsuScale.Cli.Commands;

/// <summary>
/// <c>osu-scale run --sizes N,N [--iterations N] [--commands …] [--template FILE] … -o DIR</c>: runs a campaign on a
/// Kubernetes cluster over kubectl, one MetricSet per size and iteration, collecting <c>size-N[-iter-I].log</c>.
/// This file declares and validates the command line; <see cref="RunExecution"/> runs it.
/// </summary>
internal sealed class RunCommand : IVerb
{
    private readonly Option<ImmutableArray<int>> sizes = CliOptions.NodeList("--sizes", "Cluster sizes (pods, one per node), comma-separated, run in this order: 4,8,16,32,64.");
    private readonly Option<int> iterations = CliOptions.Number("--iterations", "Repetitions per size (logs become size-N-iter-I.log when above 1).", minimum: 1, defaultValue: 1);
    private readonly Option<string?> commands = new("--commands") { Description = "OSU benchmarks, comma-separated (osu_latency,osu_allreduce); not given: the template's list, or the operator's default.", HelpName = "NAME,NAME" };
    private readonly Option<string?> template = new("--template") { Description = "Your MetricSet YAML to start from; name, pods, commands and options.timed are set per step, the rest is kept.", HelpName = "FILE" };
    private readonly Option<string?> ns = new("--namespace", "-n") { Description = "Kubernetes namespace; not given: the context's.", HelpName = "NAME" };
    private readonly Option<string?> context = new("--context") { Description = "kubeconfig context to use.", HelpName = "NAME" };
    private readonly Option<string?> kubeconfig = new("--kubeconfig") { Description = "kubeconfig file to use.", HelpName = "FILE" };
    private readonly Option<string> kubectl = new("--kubectl") { Description = "The kubectl program.", HelpName = "PATH", DefaultValueFactory = _ => "kubectl" };
    private readonly Option<TimeSpan?> timeout = DurationOption("--timeout", "Stop the whole run after this long (6h, 90m, 30s); resume later with --resume.");
    private readonly Option<TimeSpan?> schedule = DurationOption("--schedule-timeout", "How long a launcher pod may stay unscheduled or pending; not given: 30m.");
    private readonly Option<TimeSpan?> poll = DurationOption("--poll-interval", "Pause between two looks at the pods; not given: 5s.");
    private readonly Option<string?> apiVersion = new("--api-version") { Description = "MetricSet API version: v1alpha2, or v1alpha1; not given: v1alpha2, or the template's with --template.", HelpName = "VERSION" };
    private readonly Option<bool> keep = new("--keep") { Description = "Leave the MetricSet of a failed step in the cluster for inspection instead of deleting it." };
    private readonly Option<bool> dryRun = new("--dry-run") { Description = "Print the plan (MetricSets, kubectl commands, estimated node-hours) without calling kubectl or writing files." };
    private readonly Option<string?> resume = new("--resume") { Description = "Continue the campaign in this folder after its last completed step (its settings come from DIR/run-manifest.json).", HelpName = "DIR" };
    private readonly Option<string?> estimateFrom = new("--estimate-from") { Description = "Folder of a previous 'osu-scale analyze -o DIR' (its verdicts.json) to estimate durations and node-hours.", HelpName = "DIR" };
    private readonly Option<string?> output = new("--output", "-o") { Description = "Campaign folder: size-N[-iter-I].log, manifests/, nodes.json, run-manifest.json.", HelpName = "DIR" };
    private readonly Option<bool> wide = CliOptions.Wide();

    public RunCommand()
    {
        Command = new Command("run",
            "Run a campaign on Kubernetes over kubectl: per size (and iteration) apply a metrics-operator MetricSet, stream the launcher log into DIR/size-N[-iter-I].log as it arrives, wait for the end, delete it, and record every step in DIR/run-manifest.json so that --resume DIR continues after a fault. Needs a cluster with JobSet and the metrics-operator.")
        {
            sizes, iterations, commands, template, ns, context, kubeconfig, kubectl, timeout, schedule, poll, apiVersion, keep, dryRun, resume, estimateFrom, output, wide,
        };
        Command.Validators.Add(Validate);
        Command.SetAction((parseResult, token) => RunExecution.RunAsync(Bind(parseResult), CliIo.From(parseResult), token));
    }

    public Command Command { get; }

    public int[] Returns => [.. ExitCodes.Common, ExitCodes.TimedOut];

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public RunSettings Bind(ParseResult parseResult)
    {
        var resumeDir = parseResult.GetValue(resume);
        return new RunSettings(
            parseResult.GetValue(sizes) is { IsDefault: false } list ? list : [],
            parseResult.GetValue(iterations),
            [.. (parseResult.GetValue(commands) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            parseResult.GetValue(template) is { } t ? Path.GetFullPath(t) : null,
            parseResult.GetValue(apiVersion),
            resumeDir ?? parseResult.GetValue(output)!,
            resumeDir is not null,
            new KubectlSettings(parseResult.GetValue(kubectl)!, parseResult.GetValue(context), parseResult.GetValue(kubeconfig), parseResult.GetValue(ns)),
            parseResult.GetValue(timeout), parseResult.GetValue(schedule), parseResult.GetValue(poll),
            parseResult.GetValue(keep), parseResult.GetValue(dryRun), parseResult.GetValue(estimateFrom), parseResult.GetValue(wide));
    }

    /// <summary>The checks that involve several options, at parse time (a usage error, exit 2, with the --help hint).</summary>
    private void Validate(CommandResult result)
    {
        try
        {
            ValidateCombination(result);
        }
        catch (InvalidOperationException)
        {
            // An option's own value is wrong: its parser has reported that already.
        }
    }

    private void ValidateCombination(CommandResult result)
    {
        bool Given(Option option) => result.GetResult(option) is { Implicit: false };
        var resumeDir = result.GetValue(resume);
        var outputDir = result.GetValue(output);
        if (resumeDir is not null)
        {
            if (Given(sizes) || Given(commands) || Given(template) || Given(iterations) || Given(apiVersion))
                result.AddError("--resume takes the campaign's settings from DIR/run-manifest.json; drop --sizes, --iterations, --commands, --template and --api-version");
            else if (outputDir is not null && Path.GetFullPath(outputDir) != Path.GetFullPath(resumeDir))
                result.AddError("--resume DIR writes into DIR; drop -o or give the same folder");
            return;
        }
        if (!Given(sizes) || outputDir is null)
        {
            result.AddError("give --sizes and -o DIR (or --resume DIR)");
            return;
        }
        try
        {
            // Defaults are not applied yet while validating: an option not given has its default.
            new CampaignSettings(result.GetValue(sizes), Given(iterations) ? result.GetValue(iterations) : 1,
                [.. (result.GetValue(commands) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                null, result.GetValue(apiVersion)).Validated();
        }
        catch (ArgumentException e)
        {
            result.AddError(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static Option<TimeSpan?> DurationOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        CustomParser = result =>
        {
            try
            {
                return Duration.Parse(result.Tokens.Single().Value);
            }
            catch (FormatException e)
            {
                result.AddError($"{name}: {e.Message}");
                return null;
            }
        },
    };
}
