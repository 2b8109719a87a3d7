namespace OsuScale.Collect.Kubectl;

/// <summary>kubectl could not be started (missing, not executable).</summary>
internal sealed class KubectlNotFoundException(string message, Exception? inner = null) : Exception(message, inner);
