using OsuScale.Campaigns;
using OsuScale.Ingest;
using OsuScale.Tests.Support;

namespace OsuScale.Tests.Ingest;

/// <summary>metrics-operator SDK JSON exports: a list of iterations with data lines, metadata and spec.</summary>
public class SdkJsonTests
{
    private static string Sample => RepoData.SdkJsonSample;

    [Fact]
    public void The_sample_parses_to_two_numbered_iterations_of_three_benchmarks()
    {
        // crd-test-metrics-4.json: 2 iterations × (osu_get_acc_latency, osu_acc_latency, osu_fop_latency) at 4 pods.
        var c = CampaignReader.Read([Sample]);
        Assert.Equal(6, c.Executions.Length);
        Assert.All(c.Executions, e => Assert.True(e.IsComplete));
        Assert.Equal([1, 1, 1, 2, 2, 2], c.Executions.Select(e => e.Iteration));
        Assert.Equal(["osu_get_acc_latency", "osu_acc_latency", "osu_fop_latency"], c.Benchmarks.ToArray());
        Assert.All(c.Executions, e => Assert.Equal((4, 2), (e.Nodes!.Value, e.Processes!.Value)));
        // Iteration 2, osu_fop_latency: "8  98.07" and "real 0m1.531s" (last entries of the second data list).
        var fop2 = c.Executions[5];
        Assert.Equal(1.531, fop2.WallSeconds);
        Assert.Equal(98.07, Assert.Single(fop2.Output!.AllRows).Row.Values[0]);
        Assert.EndsWith("crd-test-metrics-4.json[2]", fop2.Source.File);
        Assert.Equal(InputKind.MetricsOperatorJson, CampaignReader.Detect(Sample));
    }

    [Fact]
    public void Json_executions_are_the_same_kind_as_launcher_log_executions()
    {
        var c = CampaignReader.Read([Sample]);
        var acc = c.Executions[1];
        Assert.Equal(23, acc.Output!.Tables[0].Rows.Length);
        Assert.Equal("MPI_Win_allocate", acc.Output.Settings["Window creation"]);
        Assert.Equal(4, acc.Metadata.Pods);
        Assert.Equal(4, acc.Metadata.Hosts.Length);
        Assert.Equal("mpirun", acc.Launcher);
    }

    [Fact]
    public void Iterations_without_metadata_lines_take_the_metadata_object()
    {
        const string json = """
            [ { "data": ["time mpirun -np 2 ./osu_latency", "# OSU MPI Latency Test v5.8", "# Size          Latency (us)", "1   1.5", "real\t0m1.000s"],
                "metadata": { "pods": 16, "metricName": "network-osu-benchmark" }, "spec": {} },
              { "data": ["time mpirun -np 2 ./osu_latency", "# OSU MPI Latency Test v5.8", "# Size          Latency (us)", "1   1.6"],
                "metadata": { "pods": 16 }, "spec": {} } ]
            """;
        var c = CampaignReader.ReadText(json, "run.json");
        Assert.Equal([16, 16], c.Executions.Select(e => e.Nodes!.Value));
        Assert.Equal([1, 2], c.Executions.Select(e => e.Iteration));
        Assert.Equal([ExecutionStatus.Complete, ExecutionStatus.Incomplete], c.Executions.Select(e => e.Status));
        Assert.Equal(new SourceLocation("run.json[2]", 1), c.Executions[1].Source);
    }

    [Fact]
    public void Without_any_metadata_the_metricset_spec_gives_the_pods()
    {
        const string json = """
            [ { "data": ["time mpirun -np 2 ./osu_latency", "# OSU MPI Latency Test v5.8", "# Size          Latency (us)", "1   1.5", "real\t0m1.000s"],
                "spec": { "apiVersion": "flux-framework.org/v1alpha2", "kind": "MetricSet", "spec": { "pods": 32 } } } ]
            """;
        var e = Assert.Single(CampaignReader.ReadText(json, "x.json").Executions);
        Assert.Equal(32, e.Nodes);
        Assert.Equal(32, e.Metadata.Pods);
    }

    [Theory]
    [InlineData("{\"data\": []}", "expected a JSON list of iterations")]
    [InlineData("[{\"nodata\": 1}]", "each iteration must be an object with a \"data\" list")]
    [InlineData("[{\"data\": [1, 2]}]", "a \"data\" entry is not a string")]
    [InlineData("[{\"data\": [\"x\"]},\n {\"data\": [\"y\"", "invalid JSON after 1 iteration(s)")]
    public void Json_that_is_not_an_sdk_export_is_a_parse_error(string json, string message)
    {
        var e = Assert.Throws<OsuParseException>(() => CampaignReader.ReadText(json, "x.json"));
        Assert.Contains(message, e.Message);
        Assert.StartsWith("x.json", e.Message);
    }

    [Fact]
    public void An_empty_list_is_an_empty_campaign()
    {
        Assert.Empty(CampaignReader.ReadText("[ ]", "x.json").Executions);
    }

    [Fact]
    public void Other_json_in_a_folder_is_skipped_with_a_note_but_named_explicitly_is_an_error()
    {
        // A folder written by `osu-scale run` (or by hand, as in the users' notes) holds nodes.json and run-manifest.json
        // beside the logs; an SDK export is a list, so JSON objects found in a folder are skipped, not fatal.
        var dir = Directory.CreateTempSubdirectory("osu-scale-json-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "nodes.json"), "{\"apiVersion\": \"v1\", \"items\": []}");
            File.WriteAllText(Path.Combine(dir, "size-4.log"),
                "# OSU MPI Latency Test v5.8\n# Size          Latency (us)\n0                       1.50\n\nreal\t0m1.000s\nuser\t0m0.1s\nsys\t0m0.1s\n");

            var c = CampaignReader.Read([dir]);

            Assert.Equal("osu_latency", Assert.Single(c.Executions).Benchmark);
            Assert.Contains(c.Diagnostics, d => d.Location.File.EndsWith("nodes.json", StringComparison.Ordinal) && d.Message.StartsWith("skipped", StringComparison.Ordinal));
            var error = Assert.Throws<OsuParseException>(() => CampaignReader.Read([Path.Combine(dir, "nodes.json")]));
            Assert.Contains("not a metrics-operator SDK export", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
