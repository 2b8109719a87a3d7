using System.Text.RegularExpressions;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// Kubernetes object names. A MetricSet's name becomes the prefix of its JobSet, jobs and pods
/// (<c>&lt;name&gt;-l-0-0-xxxxx</c>), so it must be an RFC 1123 label, and short enough that those derived names are too.
/// </summary>
internal static partial class KubernetesName
{
    /// <summary>
    /// The longest MetricSet name accepted: a DNS-1123 label is at most 63 characters and the launcher's job name adds
    /// <c>-l-0</c> plus room for the replicated-job index, so 50 leaves a margin.
    /// </summary>
    public const int MaxMetricSetNameLength = 50;

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\z", RegexOptions.CultureInvariant)] // \z: "$" would accept a final newline
    private static partial Regex Label();

    /// <summary>True when <paramref name="name"/> is a valid MetricSet name (see <see cref="Validate"/>).</summary>
    public static bool IsValid(string? name) => Problem(name) is null;

    /// <summary>Throws when <paramref name="name"/> is not a valid MetricSet name, saying why.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long, or has characters outside <c>a-z 0-9 -</c>.</exception>
    public static string Validate(string? name)
    {
        var problem = Problem(name);
        if (problem is not null) throw new ArgumentException(problem, nameof(name));
        return name!;
    }

    /// <summary>
    /// The name of the MetricSet of one step: <c>{prefix}-s{size}-i{iteration}</c>, e.g. <c>osu-scale-s64-i2</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The result is not a valid name (the prefix is).</exception>
    public static string ForStep(string prefix, int size, int iteration) =>
        Validate(FormattableString.Invariant($"{prefix}-s{size}-i{iteration}"));

    private static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "a Kubernetes name cannot be empty";
        if (name.Length > MaxMetricSetNameLength)
            return $"'{Shown(name)}' is {name.Length} characters long; a MetricSet name may have at most {MaxMetricSetNameLength}";
        if (!Label().IsMatch(name))
            return $"'{Shown(name)}' is not a valid Kubernetes name: use lower-case letters, digits and '-', starting and ending with a letter or digit";
        return null;
    }

    private static string Shown(string name) =>
        new(name.Take(80).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
