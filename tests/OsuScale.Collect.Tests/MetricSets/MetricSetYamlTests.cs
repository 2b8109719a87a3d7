using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Collect.MetricSets;
using OsuScale.Tests.Support;
using YamlDotNet.Serialization;

namespace OsuScale.Collect.Tests.MetricSets;

/// <summary>MetricSets are written with YamlDotNet, read back to what was written, and refuse names that are not safe.</summary>
public sealed class MetricSetYamlTests
{
    private static readonly MetricSet Sample = new("osu-scale-s64-i2", MetricSet.DefaultApiVersion, 64, ["osu_latency", "osu_allreduce"]);

    [Fact]
    public void The_built_in_template_gives_the_operators_osu_metric_timed_with_the_pods_and_commands()
    {
        var yaml = MetricSetYaml.Write(Sample);
        var document = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);

        Assert.Equal("flux-framework.org/v1alpha2", document["apiVersion"]);
        Assert.Equal("MetricSet", document["kind"]);
        Assert.Contains("name: osu-scale-s64-i2", yaml);
        Assert.Contains("pods: 64", yaml);
        Assert.Contains("- name: network-osu-benchmark", yaml);
        // "true" must stay a string: the operator's options are strings, and an unquoted true would be a boolean.
        Assert.Contains("timed: \"true\"", yaml);
        Assert.Equal(Sample, MetricSetYaml.Read(yaml));
    }

    [Fact]
    public void Version_v1alpha1_is_written_on_request()
    {
        var yaml = MetricSetYaml.Write(Sample with { ApiVersion = MetricSet.NormalizeApiVersion("v1alpha1") });

        Assert.StartsWith("apiVersion: flux-framework.org/v1alpha1", yaml);
    }

    [Fact]
    public void A_users_template_keeps_its_other_fields_and_gets_name_pods_and_commands()
    {
        var template = MetricSetTemplate.Parse("""
            apiVersion: flux-framework.org/v1alpha1
            kind: MetricSet
            metadata:
              name: metricset-sample
            spec:
              pods: 2
              logging:
                interactive: true
              metrics:
               - name: network-osu-benchmark
                 listOptions:
                   commands:
                     - osu_bw
                 options:
                   timed: "false"
                   tasks: 4
            """, "metricset.yaml");

        var written = MetricSetYaml.Write(Sample with { ApiVersion = template.ApiVersion }, template);

        Assert.Contains("interactive: true", written);
        Assert.Contains("tasks: 4", written);
        Assert.Equal(Sample with { ApiVersion = "flux-framework.org/v1alpha1" }, MetricSetYaml.Read(written));
        // The template itself is not changed by writing from it.
        Assert.Equal(Sample with { ApiVersion = "flux-framework.org/v1alpha1", Name = "osu-scale-s8-i1", Pods = 8 },
            MetricSetYaml.Read(MetricSetYaml.Write(Sample with { ApiVersion = "flux-framework.org/v1alpha1", Name = "osu-scale-s8-i1", Pods = 8 }, template)));
    }

    [Fact]
    public void An_empty_command_list_keeps_the_templates_commands()
    {
        var template = MetricSetTemplate.Parse("""
            apiVersion: flux-framework.org/v1alpha2
            kind: MetricSet
            spec:
              metrics:
               - name: network-osu-benchmark
                 listOptions:
                   commands: [osu_hello, osu_init]
            """);

        var read = MetricSetYaml.Read(MetricSetYaml.Write(Sample with { Commands = [] }, template));

        Assert.Equal(["osu_hello", "osu_init"], read.Commands.ToArray());
    }

    [Theory]
    [InlineData("kind: Pod\napiVersion: v1\n", "kind is 'Pod', expected MetricSet")]
    [InlineData("kind: MetricSet\napiVersion: flux-framework.org/v1\nspec: {}\n", "API version 'flux-framework.org/v1' is not supported")]
    [InlineData("kind: MetricSet\napiVersion: flux-framework.org/v1alpha2\nspec:\n  metrics:\n  - name: io-fio\n", "spec.metrics has no 'network-osu-benchmark' metric")]
    [InlineData("kind: MetricSet\napiVersion: flux-framework.org/v1alpha2\n", "spec is missing")]
    [InlineData("kind: [MetricSet\n", "not valid YAML")]
    public void Unusable_templates_are_refused_naming_the_file(string yaml, string message)
    {
        var error = Assert.Throws<MetricSetTemplateException>(() => MetricSetTemplate.Parse(yaml, "my.yaml"));

        Assert.StartsWith("my.yaml", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_kubecon_metricsets_load_as_templates()
    {
        foreach (var size in new[] { 4, 8, 16, 32, 64 })
        {
            var template = MetricSetTemplate.Load(Path.Combine(RepoData.KubeconRun1, $"metrics-{size}.yaml"));
            var read = MetricSetYaml.Read(MetricSetYaml.Write(Sample with { ApiVersion = template.ApiVersion, Commands = [] }, template));

            Assert.Equal("flux-framework.org/v1alpha1", read.ApiVersion);
            Assert.Contains("osu_allgather", read.Commands);
            Assert.True(read.Timed);
        }
    }

    [Theory]
    [InlineData("osu_latency; rm -rf /")]
    [InlineData("osu_latency\nosu_bw")]
    [InlineData("../../bin/sh")]
    [InlineData("$(reboot)")]
    [InlineData("osu latency")]
    [InlineData("-rf")]
    [InlineData("")]
    public void Hostile_command_names_are_refused(string command)
    {
        Assert.Throws<ArgumentException>(() => MetricSetYaml.Write(Sample with { Commands = ["osu_bw", command] }));
    }

    [Property]
    public Property Any_valid_metricset_round_trips_through_yaml()
    {
        var names = Gen.Elements("osu_latency", "osu_bw", "osu_allreduce", "osu_get_acc_latency", "osu_hello", "true", "null", "1e3", "yes", "0x10", "osu.v7", "2", "1.5", "NO", "off");
        var metricSets =
            from prefix in Gen.Elements("osu-scale", "a", "x1", "kubecon-run2")
            from pods in Gen.Choose(1, 4096)
            from iteration in Gen.Choose(1, 999)
            from commands in Gen.ListOf(names)
            from version in Gen.Elements("v1alpha1", "v1alpha2")
            select new MetricSet(KubernetesName.ForStep(prefix, pods, iteration), MetricSet.NormalizeApiVersion(version), pods, [.. commands]);

        return Prop.ForAll(metricSets.ToArbitrary(), m =>
        {
            var read = MetricSetYaml.Read(MetricSetYaml.Write(m));
            return read.Name == m.Name && read.Pods == m.Pods && read.ApiVersion == m.ApiVersion
                   && read.Commands.SequenceEqual(m.Commands.IsEmpty ? ImmutableArray<string>.Empty : m.Commands) && read.Timed;
        });
    }
}

/// <summary>Scalars that YAML readers would take for booleans or numbers are quoted, so Kubernetes reads them as strings.</summary>
public sealed class MetricSetYamlQuotingTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("off")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("null")]
    [InlineData("2")]
    [InlineData("1_000")]
    public void Command_names_that_look_like_other_types_are_quoted(string command)
    {
        var yaml = MetricSetYaml.Write(new MetricSet("osu-scale-s4-i1", MetricSet.DefaultApiVersion, 4, ["osu_bw", command]));

        Assert.Matches($"- (\"{command}\"|'{command}')\n", yaml.ReplaceLineEndings("\n"));
    }
}
