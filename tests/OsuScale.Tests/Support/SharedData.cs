namespace OsuScale.Tests.Support;

/// <summary>
/// Locates the campaign data that lives beside the checkout in <c>../shared</c> (not ours to commit).
/// Outside CI a missing folder skips the test; with <c>CI=true</c> it fails loudly.
/// </summary>
public static class SharedData
{
    /// <summary>The <c>shared</c> folder, searched upwards from the test binaries; null when absent.</summary>
    public static string? Root { get; } = FindRoot();

    /// <summary>True when running in CI (<c>CI=true</c>).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path of <paramref name="relative"/> under <c>shared/</c>; throws when it is missing (tests that use it are
    /// marked <see cref="SharedFactAttribute"/> so that outside CI they are skipped before they get here).
    /// </summary>
    public static string Path(string relative)
    {
        var path = Root is null ? null : System.IO.Path.Combine(Root, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        throw new InvalidOperationException(
            $"shared data '{relative}' not found (looked for a 'shared' folder beside the checkout){(InCi ? " and CI=true" : "")}");
    }

    /// <summary>The real campaign folder <c>data/kubecon-run1</c>.</summary>
    public static string KubeconRun1 => Path("data/kubecon-run1");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data"))) return candidate;
        }
        return null;
    }
}

/// <summary>
/// A fact that needs <c>../shared</c>: skipped when the folder is absent outside CI (a fresh clone passes),
/// run, and so failing loudly, when <c>CI=true</c>.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared data is missing outside CI.</summary>
    public SharedFactAttribute()
    {
        if (SharedData.Root is null && !SharedData.InCi) Skip = "../shared data not found (runs in CI, where it is required)";
    }
}

/// <summary>The theory counterpart of <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the shared data is missing outside CI.</summary>
    public SharedTheoryAttribute()
    {
        if (SharedData.Root is null && !SharedData.InCi) Skip = "../shared data not found (runs in CI, where it is required)";
    }
}
