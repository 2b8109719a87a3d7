namespace OsuScale.Tests.Support;

/// <summary>
/// Locates the campaign data shipped in the repository's <c>data/</c> folder (the real kubecon-run1 campaign and the
/// metrics-operator SDK JSON sample, MIT-licensed, with their notices), so a fresh clone runs every test.
/// </summary>
public static class RepoData
{
    /// <summary>The repository's <c>data</c> folder, searched upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>True when running in CI (<c>CI=true</c>).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of <paramref name="relative"/> under <c>data/</c>; throws when it is missing.</summary>
    public static string Path(string relative)
    {
        var path = System.IO.Path.Combine(Root, relative);
        if (File.Exists(path) || Directory.Exists(path)) return path;
        throw new InvalidOperationException($"repository data '{relative}' not found under {Root}");
    }

    /// <summary>The real campaign folder <c>data/kubecon-run1</c>.</summary>
    public static string KubeconRun1 => Path("kubecon-run1");

    /// <summary>The metrics-operator SDK JSON sample.</summary>
    public static string SdkJsonSample => Path("metricsoperator-json/crd-test-metrics-4.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "kubecon-run1"))) return candidate;
        }
        throw new InvalidOperationException("the repository's data/kubecon-run1 folder was not found above " + AppContext.BaseDirectory);
    }
}
