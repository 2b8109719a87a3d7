using System.Globalization;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>run --dry-run</c> prints: the steps with their estimates, the kubectl commands and the first MetricSet.</summary>
internal static class RunPlanPrinter
{
    public static void Print(RunPlan plan, IAnsiConsole console, TextWriter stdout)
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
}
