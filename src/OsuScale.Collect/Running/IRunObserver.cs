namespace OsuScale.Collect.Running;

/// <summary>Hears what a running campaign does (the command line shows it as progress). Every method does nothing by default.</summary>
internal interface IRunObserver
{
    /// <summary>A step starts; <paramref name="index"/> counts from 0 over all steps of the campaign.</summary>
    void StepStarted(RunStep step, int index, int count) { }

    /// <summary>A step enters a phase (<c>apply</c>, <c>wait for launcher pod</c>, <c>stream log</c>, …).</summary>
    void PhaseChanged(RunStep step, string phase) { }

    /// <summary>A line of the launcher's log arrived (it is already on disk).</summary>
    void LogLine(RunStep step, string line) { }

    /// <summary>Something worth telling a person (a re-attached stream, a cleanup).</summary>
    void Note(RunStep? step, string message) { }

    /// <summary>A step ended (completed or failed).</summary>
    void StepEnded(RunStep step) { }
}

/// <summary>An observer that ignores everything.</summary>
internal sealed class NullRunObserver : IRunObserver
{
    /// <summary>The instance.</summary>
    public static NullRunObserver Instance { get; } = new();
}
