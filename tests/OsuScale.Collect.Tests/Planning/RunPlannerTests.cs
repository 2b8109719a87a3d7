using OsuScale.Collect.Kubectl;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;

namespace OsuScale.Collect.Tests.Planning;

/// <summary>The steps of a campaign: sizes in the order given, iterations within a size, file names the parser understands.</summary>
public sealed class RunPlannerTests
{
    [Fact]
    public void Steps_follow_the_sizes_in_order_and_the_iterations_within_each()
    {
        var steps = RunPlanner.Steps(new CampaignSettings([64, 4], 2, ["osu_latency"]));

        Assert.Equal(
            [(64, 1, "osu-scale-s64-i1", "size-64-iter-1.log"), (64, 2, "osu-scale-s64-i2", "size-64-iter-2.log"),
             (4, 1, "osu-scale-s4-i1", "size-4-iter-1.log"), (4, 2, "osu-scale-s4-i2", "size-4-iter-2.log")],
            steps.Select(s => (s.Size, s.Iteration, s.Name, s.Log)));
        Assert.All(steps, s => Assert.Equal($"manifests/{s.Name}.yaml", s.Manifest));
    }

    [Fact]
    public void One_iteration_keeps_the_users_size_N_log_names() =>
        Assert.Equal(["size-4.log", "size-8.log"], RunPlanner.Steps(new CampaignSettings([4, 8], 1, [])).Select(s => s.Log));

    [Fact]
    public void The_plan_lists_the_kubectl_commands_with_the_cluster_selection()
    {
        var kubectl = new KubectlClient(new KubectlOptions("kubectl", Context: "gke", Namespace: "osu"));

        var plan = RunPlanner.Plan(new CampaignSettings([4], 1, ["osu_bw"]), "/data/run", kubectl, DurationEstimates.None);

        Assert.Equal(
        [
            "kubectl --context gke --namespace osu apply --validate=false -f /data/run/manifests/osu-scale-s4-i1.yaml",
            "kubectl --context gke --namespace osu get pods -o json   # until osu-scale-s4-i1-l-0-0-xxxxx runs",
            "kubectl --context gke --namespace osu logs -f osu-scale-s4-i1-l-0-0-xxxxx > /data/run/size-4.log",
            "kubectl --context gke --namespace osu delete -f /data/run/manifests/osu-scale-s4-i1.yaml --ignore-not-found --wait=false   # then wait until its pods are gone",
        ], plan.Steps[0].Commands.ToArray());
        Assert.Equal(["kubectl --context gke --namespace osu get nodes -o json > /data/run/nodes.json"], plan.Setup.ToArray());
        Assert.Null(plan.EstimatedNodeHours);
    }
}
