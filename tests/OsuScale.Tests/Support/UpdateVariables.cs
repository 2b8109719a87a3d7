namespace OsuScale.Tests.Support;

/// <summary>
/// The variables that make tests rewrite their expected files (golden images, snapshots, the public API baseline)
/// instead of comparing with them. Outside CI they are how an intended change is recorded; in CI (<c>CI=true</c>) a
/// test that reads one fails, since a rewriting test always passes.
/// </summary>
public static class UpdateVariables
{
    /// <summary>Rewrites golden images and snapshots.</summary>
    public const string Golden = "OSU_SCALE_UPDATE_GOLDEN";

    /// <summary>Rewrites the public API baseline.</summary>
    public const string PublicApi = "OSUSCALE_UPDATE_PUBLIC_API";

    /// <summary>True when <paramref name="name"/> is <c>1</c>.</summary>
    /// <exception cref="InvalidOperationException">It is set in CI.</exception>
    public static bool Requested(string name) => Requested(name, Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="Requested(string)"/>, reading variables through <paramref name="environment"/>.</summary>
    public static bool Requested(string name, Func<string, string?> environment)
    {
        var value = environment(name);
        if (string.IsNullOrEmpty(value)) return false;
        if (string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{name}={value} is set in CI: the tests would rewrite their expected files and pass; unset it");
        return value == "1";
    }
}
