using OsuScale.Collect.Kubectl;

namespace OsuScale.Collect.Tests.Kubectl;

/// <summary>Pods as <c>kubectl get pods -o json</c> prints them.</summary>
public sealed class PodStatusTests
{
    [Fact]
    public void Phases_reasons_and_exit_codes_are_read()
    {
        var pods = PodStatus.ParseList("""
            {"apiVersion":"v1","kind":"List","items":[
              {"metadata":{"name":"m-l-0-0-abcde","creationTimestamp":"2026-01-01T10:00:00Z"},
               "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":"0/4 nodes are available"}]}},
              {"metadata":{"name":"m-w-0-0-fghij","deletionTimestamp":"2026-01-01T10:05:00Z"},
               "status":{"phase":"Failed","containerStatuses":[{"state":{"terminated":{"exitCode":137,"reason":"OOMKilled"}}}]}},
              {"metadata":{"name":"odd"}}
            ]}
            """);

        Assert.Equal(
        [
            new PodStatus("m-l-0-0-abcde", "Pending", new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), false, "Unschedulable: 0/4 nodes are available", null),
            new PodStatus("m-w-0-0-fghij", "Failed", null, true, "OOMKilled", 137),
            new PodStatus("odd", "Unknown", null, false, "", null),
        ], pods.ToArray());
    }

    [Theory]
    [InlineData("No resources found in default namespace.")]
    [InlineData("[]")]
    [InlineData("{\"kind\":\"Node\"}")]
    public void Anything_else_is_a_format_error(string text) =>
        Assert.Throws<FormatException>(() => PodStatus.ParseList(text));
}
