namespace OsuScale.Collect.Kubectl;

/// <summary>How to call kubectl: which binary, and which cluster, user and namespace it talks to.</summary>
/// <param name="Path">The kubectl program: a path, or a name looked up on <c>PATH</c> (default <c>kubectl</c>).</param>
/// <param name="Context">The kubeconfig context (<c>--context</c>), or null for the current one.</param>
/// <param name="Kubeconfig">The kubeconfig file (<c>--kubeconfig</c>), or null for kubectl's default.</param>
/// <param name="Namespace">The namespace (<c>--namespace</c>), or null for the context's.</param>
/// <param name="RequestTimeout">The timeout of a single non-streaming request (<c>--request-timeout</c>).</param>
internal sealed record KubectlOptions(
    string Path = "kubectl",
    string? Context = null,
    string? Kubeconfig = null,
    string? Namespace = null,
    TimeSpan? RequestTimeout = null)
{
    /// <summary>The arguments that select the cluster and namespace, put before every command.</summary>
    public IReadOnlyList<string> GlobalArguments()
    {
        var args = new List<string>();
        if (!string.IsNullOrEmpty(Kubeconfig)) args.AddRange(["--kubeconfig", Kubeconfig]);
        if (!string.IsNullOrEmpty(Context)) args.AddRange(["--context", Context]);
        if (!string.IsNullOrEmpty(Namespace)) args.AddRange(["--namespace", Namespace]);
        return args;
    }
}
