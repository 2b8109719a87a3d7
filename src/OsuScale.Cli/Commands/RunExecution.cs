using System.Globalization;
using OsuScale.Cli.Infrastructure;
using OsuScale.Collect.Kubectl;
using OsuScale.Collect.MetricSets;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>
/// Runs what <see cref="RunCommand"/> parsed: loads the settings (or the manifest to resume), plans, and either prints
/// the plan (<c>--dry-run</c>) or runs it with live progress on stderr; the outcome goes to stdout.
/// </summary>
internal static class RunExecution
{
    public static async Task<int> RunAsync(RunSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        var folder = settings.Output;
        var client = new KubectlClient(new KubectlOptions(settings.Kubectl.Program, settings.Kubectl.Context, settings.Kubectl.Kubeconfig,
            settings.Kubectl.Namespace, TimeSpan.FromSeconds(60)));
        var manifest = settings.Resume ? Load(folder) : null;
        var campaign = manifest?.Settings ?? Validated(new CampaignSettings(settings.Sizes, settings.Iterations, settings.Commands, settings.Template, settings.ApiVersion));
        var estimates = settings.EstimateFrom is { } from ? Load(() => DurationEstimates.Load(from)) : DurationEstimates.None;
        var plan = Load(() => RunPlanner.Plan(campaign, Path.GetFullPath(folder), client, estimates, settings.Keep));

        if (settings.DryRun)
        {
            var done = manifest is null ? [] : manifest.Steps.Where(s => s.State == StepState.Completed).Select(s => (s.Size, s.Iteration)).ToHashSet();
            RunPlanPrinter.Print(plan with { Steps = [.. plan.Steps.Where(s => !done.Contains((s.Step.Size, s.Step.Iteration)))] }, io.Results(settings.Wide), io.Out);
            return ExitCodes.Ok;
        }

        var options = new RunOptions(folder, settings.Keep, settings.Timeout);
        if (settings.ScheduleTimeout is { } s) options = options with { ScheduleTimeout = s };
        if (settings.PollInterval is { } p) options = options with { PollInterval = p };
        var progress = new RunProgress(io.Progress(), estimates, plan.Steps.FirstOrDefault()?.Benchmarks ?? [], options.Clock);
        var runner = new CampaignRunner(client, options, progress);
        progress.Prepare(manifest is null ? plan.Steps.Select(x => x.Step) : manifest.Remaining);
        try
        {
            var finished = await progress.ShowAsync(() => manifest is null
                ? runner.StartAsync(campaign, cancellationToken)
                : runner.ResumeAsync(cancellationToken));
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"campaign complete: {finished.Steps.Length} step(s), logs in {Path.GetFullPath(folder)}; next: osu-scale report {Path.Combine(folder, "size-*.log")}"));
            return ExitCodes.Ok;
        }
        catch (CampaignRunException e)
        {
            io.Error.WriteLine("osu-scale: error: " + e.Message.ReplaceLineEndings(" "));
            if (e.Manifest is not null)
                io.Error.WriteLine($"osu-scale: note: the logs collected so far are in {Path.GetFullPath(folder)}; continue with: osu-scale run --resume {folder}");
            return e.End switch
            {
                RunEnd.Interrupted => ExitCodes.Interrupted,
                RunEnd.TimedOut => ExitCodes.TimedOut,
                _ => ExitCodes.Failure,
            };
        }
        catch (Exception e) when (e is RunManifestException or MetricSetTemplateException)
        {
            throw CliException.InputOutput(e.Message);
        }
    }

    private static RunManifest Load(string folder) => Load(() => RunManifest.Load(folder));

    /// <summary>Runs a loader, turning the collector's input errors into exit 3.</summary>
    private static T Load<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is RunManifestException or FormatException or MetricSetTemplateException)
        {
            throw CliException.InputOutput(e.Message);
        }
    }

    private static CampaignSettings Validated(CampaignSettings settings)
    {
        try
        {
            return settings.Validated();
        }
        catch (ArgumentException e)
        {
            throw CliException.Usage(e.Message);
        }
    }
}
