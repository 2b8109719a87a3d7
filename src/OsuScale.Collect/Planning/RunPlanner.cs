using System.Collections.Immutable;
using OsuScale.Collect.Kubectl;
using OsuScale.Collect.MetricSets;
using OsuScale.Collect.Running;

namespace OsuScale.Collect.Planning;

/// <summary>
/// Turns campaign settings into the steps of a run: one MetricSet per size and iteration, its YAML, its file names and
/// the kubectl commands the runner will call. The runner and <c>--dry-run</c> share it, so the plan is what runs.
/// </summary>
internal static class RunPlanner
{
    /// <summary>The folder of the MetricSet files inside the campaign folder.</summary>
    public const string ManifestFolder = "manifests";

    /// <summary>The file the nodes are saved to.</summary>
    public const string NodesFile = "nodes.json";

    /// <summary>The log file of a step: <c>size-N.log</c> with one iteration, <c>size-N-iter-I.log</c> with several.</summary>
    public static string LogFileName(int size, int iteration, int iterations) =>
        iterations == 1 ? FormattableString.Invariant($"size-{size}.log") : FormattableString.Invariant($"size-{size}-iter-{iteration}.log");

    /// <summary>The steps of a campaign in run order (sizes in the order given, iterations 1..I within a size), all pending.</summary>
    public static ImmutableArray<RunStep> Steps(CampaignSettings settings)
    {
        settings.Validated();
        return
        [
            .. from size in settings.Sizes
               from iteration in Enumerable.Range(1, settings.Iterations)
               let name = KubernetesName.ForStep(settings.NamePrefix, size, iteration)
               select new RunStep(size, iteration, name, ManifestFolder + "/" + name + ".yaml", LogFileName(size, iteration, settings.Iterations)),
        ];
    }

    /// <summary>The MetricSet of a step.</summary>
    public static MetricSet MetricSetOf(CampaignSettings settings, MetricSetTemplate? template, RunStep step) =>
        new(step.Name,
            settings.ApiVersion is { } v ? MetricSet.NormalizeApiVersion(v) : template?.ApiVersion ?? MetricSet.DefaultApiVersion,
            step.Size,
            settings.Commands.IsDefault ? [] : settings.Commands);

    /// <summary>The kubectl arguments of the per-step commands.</summary>
    internal static class Commands
    {
        /// <summary><c>kubectl apply --validate=false -f FILE</c> (validation off: the operator's CRD checks the object).</summary>
        public static string[] Apply(string file) => ["apply", "--validate=false", "-f", file];

        /// <summary><c>kubectl get pods -o json</c>.</summary>
        public static string[] GetPods() => ["get", "pods", "-o", "json"];

        /// <summary><c>kubectl logs -f POD</c> (follow) or <c>kubectl logs POD</c>.</summary>
        public static string[] Logs(string pod, bool follow) => follow ? ["logs", "-f", pod] : ["logs", pod];

        /// <summary><c>kubectl delete -f FILE --ignore-not-found --wait=false</c> (the runner waits for the pods itself).</summary>
        public static string[] Delete(string file) => ["delete", "-f", file, "--ignore-not-found", "--wait=false"];

        /// <summary><c>kubectl get nodes -o json</c>.</summary>
        public static string[] GetNodes() => ["get", "nodes", "-o", "json"];
    }

    /// <summary>The whole plan, with YAML, command lines and estimates (for <c>--dry-run</c>).</summary>
    /// <exception cref="ArgumentException">Invalid settings.</exception>
    /// <exception cref="MetricSetTemplateException">The template cannot be used.</exception>
    public static RunPlan Plan(CampaignSettings settings, string outputDirectory, KubectlClient kubectl, DurationEstimates estimates, bool keep = false)
    {
        var template = settings.TemplatePath is null ? null : MetricSetTemplate.Load(settings.TemplatePath);
        var steps = Steps(settings).Select(step =>
        {
            var metricSet = MetricSetOf(settings, template, step);
            var yaml = MetricSetYaml.Write(metricSet, template);
            var benchmarks = MetricSetYaml.Read(yaml).Commands;
            var file = Path.Combine(outputDirectory, step.Manifest);
            var pod = step.Name + "-l-0-0-xxxxx";
            var commands = new List<string>
            {
                kubectl.Describe(Commands.Apply(file)),
                kubectl.Describe(Commands.GetPods()) + "   # until " + pod + " runs",
                kubectl.Describe(Commands.Logs(pod, follow: true)) + " > " + Path.Combine(outputDirectory, step.Log),
            };
            if (!keep) commands.Add(kubectl.Describe(Commands.Delete(file)) + "   # then wait until its pods are gone");
            return new PlannedStep(step, yaml, [.. commands], benchmarks, estimates.ForStep(step.Size, benchmarks));
        });
        return new RunPlan(outputDirectory, settings, [.. steps],
            [kubectl.Describe(Commands.GetNodes()) + " > " + Path.Combine(outputDirectory, NodesFile)], estimates.Source);
    }
}
