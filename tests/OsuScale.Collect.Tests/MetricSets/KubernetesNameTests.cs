using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OsuScale.Collect.MetricSets;

namespace OsuScale.Collect.Tests.MetricSets;

/// <summary>MetricSet names are RFC 1123 labels short enough for the pod names derived from them.</summary>
public sealed class KubernetesNameTests
{
    [Theory]
    [InlineData("osu-scale", 64, 2, "osu-scale-s64-i2")]
    [InlineData("kubecon", 4, 20, "kubecon-s4-i20")]
    public void Step_names_carry_size_and_iteration(string prefix, int size, int iteration, string expected) =>
        Assert.Equal(expected, KubernetesName.ForStep(prefix, size, iteration));

    [Theory]
    [InlineData("Osu-Scale")]
    [InlineData("osu_scale")]
    [InlineData("-osu")]
    [InlineData("osu-")]
    [InlineData("osu.scale")]
    [InlineData("osu scale")]
    [InlineData("osu\n")]          // found by the property below: "$" in the pattern accepted a final newline
    [InlineData("")]
    [InlineData("a-name-that-is-far-too-long-for-a-metricset-because-of-its-pods")]
    public void Invalid_names_are_refused_with_the_reason(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => KubernetesName.Validate(name));

        Assert.Matches("empty|characters long|not a valid Kubernetes name", error.Message);
    }

    [Property]
    public Property Every_name_that_passes_is_a_dns_1123_label_of_at_most_50_characters() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            !KubernetesName.IsValid(text)
            || (text.Length <= 50 && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
                && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1])));
}
