using OsuScale.Collect.Kubectl;
using OsuScale.Tests.Support;

namespace OsuScale.Collect.Tests.Support;

/// <summary>
/// The real kubectl binary the runner tests drive: <c>OSU_SCALE_TEST_KUBECTL</c> when set, else <c>kubectl</c> on PATH.
/// Tests that need it are <see cref="KubectlFactAttribute"/>s: skipped when it is missing outside CI, failing in CI.
/// </summary>
public static class TestKubectl
{
    /// <summary>The binary, or null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>The binary; throws (failing the test loudly) when it is missing.</summary>
    public static string Require() => Path ?? throw new InvalidOperationException(
        "kubectl is required for the runner tests and was not found (CI=true): .ci/setup installs it (Debian package kubernetes-client)");

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("OSU_SCALE_TEST_KUBECTL");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        try { return KubectlClient.Resolve("kubectl"); }
        catch (KubectlNotFoundException) { return null; }
    }

    /// <summary>True when the tests run in CI.</summary>
    public static bool InCi => RepoData.InCi;
}

/// <summary>A fact that drives the real kubectl: skipped when it is missing outside CI, run (and so failing) in CI.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when kubectl is missing outside CI.</summary>
    public KubectlFactAttribute([System.Runtime.CompilerServices.CallerFilePath] string? sourceFilePath = null,
        [System.Runtime.CompilerServices.CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (TestKubectl.Path is null && !TestKubectl.InCi) Skip = "kubectl not found (set OSU_SCALE_TEST_KUBECTL or install it; required in CI)";
    }
}
