using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using OsuScale.Collect.Kubectl;
using OsuScale.Collect.MetricSets;
using OsuScale.Collect.Planning;

namespace OsuScale.Collect.Running;

/// <summary>
/// Runs a campaign the way users did it by hand, over the real kubectl: per size and iteration, write the MetricSet,
/// <c>kubectl apply</c>, wait for the launcher pod, stream its log to disk as it arrives, wait for the end,
/// <c>kubectl delete</c> and wait until the pods are gone. Every change is recorded in the run manifest, so a run that
/// stops for any reason can be resumed after its last completed step.
/// </summary>
internal sealed class CampaignRunner
{
    /// <summary>The line the metrics-operator prints when all benchmarks ran (also with <c>logging.interactive</c>, where the pod never ends).</summary>
    public const string CollectionEndMarker = "METRICS OPERATOR COLLECTION END";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly KubectlClient _kubectl;
    private readonly RunOptions _options;
    private readonly IRunObserver _observer;
    private readonly string _folder;
    private RunManifest _manifest = null!;

    /// <summary>A runner that calls <paramref name="kubectl"/> and reports to <paramref name="observer"/>.</summary>
    public CampaignRunner(KubectlClient kubectl, RunOptions options, IRunObserver? observer = null)
    {
        _kubectl = kubectl;
        _options = options;
        _observer = observer ?? NullRunObserver.Instance;
        _folder = Path.GetFullPath(options.OutputDirectory);
    }

    /// <summary>Starts a new campaign in the output folder, which must not hold one already.</summary>
    /// <exception cref="ArgumentException">Invalid settings.</exception>
    /// <exception cref="CampaignRunException">The run stopped before the end (the message names the step and the phase).</exception>
    public Task<RunManifest> StartAsync(CampaignSettings settings, CancellationToken cancellationToken = default)
    {
        var steps = RunPlanner.Steps(settings);
        if (File.Exists(Path.Combine(_folder, RunManifest.FileName)))
            throw new CampaignRunException(
                $"{Path.Combine(_folder, RunManifest.FileName)}: this folder already holds a campaign; continue it with --resume {_folder} or choose another folder",
                RunEnd.Failed, null);
        var existing = Directory.Exists(_folder)
            ? steps.Select(s => s.Log).FirstOrDefault(log => File.Exists(Path.Combine(_folder, log)))
            : null;
        if (existing is not null)
            throw new CampaignRunException(
                $"{Path.Combine(_folder, existing)}: this folder already holds logs that a new campaign would overwrite; choose another folder",
                RunEnd.Failed, null);
        Directory.CreateDirectory(_folder);
        var now = _options.Clock.GetUtcNow();
        var manifest = new RunManifest(1, settings, steps, StepState.Pending, "", now, now);
        return RunAsync(manifest, cancellationToken);
    }

    /// <summary>Continues the campaign of the output folder after its last completed step.</summary>
    /// <exception cref="RunManifestException">The folder has no readable run manifest.</exception>
    /// <exception cref="CampaignRunException">The run stopped before the end.</exception>
    public Task<RunManifest> ResumeAsync(CancellationToken cancellationToken = default)
    {
        var stored = RunManifest.Load(_folder);
        // The steps (and so every path) are rebuilt from the settings; only their states come from the file.
        var settings = stored.Settings.Validated();
        var states = stored.Steps.ToDictionary(s => (s.Size, s.Iteration));
        var steps = RunPlanner.Steps(settings).Select(fresh => states.TryGetValue((fresh.Size, fresh.Iteration), out var old)
            ? fresh with
            {
                State = old.State, Phase = old.Phase, Message = old.Message, Pod = old.Pod, Lines = old.Lines,
                Attempts = old.Attempts, Reattached = old.Reattached, StartedAt = old.StartedAt, EndedAt = old.EndedAt,
            }
            : fresh);
        return RunAsync(stored with { Steps = [.. steps] }, cancellationToken);
    }

    private async Task<RunManifest> RunAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        _manifest = manifest with { State = StepState.Running, Message = "" };
        Save();
        using var timeout = _options.Timeout is { } limit ? new CancellationTokenSource(limit, _options.Clock) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked.Token;
        MetricSetTemplate? template;
        try
        {
            template = _manifest.Settings.TemplatePath is { } path ? MetricSetTemplate.Load(path) : null;
        }
        catch (MetricSetTemplateException e)
        {
            throw Stop(null, "load template", e.Message, RunEnd.Failed);
        }

        if (!_manifest.NodesSaved) await SaveNodesAsync(token, timeout.Token).ConfigureAwait(false);
        var steps = _manifest.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = _manifest.Steps[i];
            if (step.State == StepState.Completed) continue;
            await RunStepAsync(step, i, template, token, timeout.Token).ConfigureAwait(false);
        }
        _manifest = _manifest with
        {
            State = StepState.Completed,
            Message = FormattableString.Invariant($"all {_manifest.Steps.Length} steps completed"),
        };
        Save();
        return _manifest;
    }

    private async Task SaveNodesAsync(CancellationToken token, CancellationToken timeoutToken)
    {
        const string phase = "save nodes";
        try
        {
            var result = await _kubectl.RunAsync(RunPlanner.Commands.GetNodes(), token).ConfigureAwait(false);
            if (!result.Succeeded)
                throw new StepFault("cannot list the nodes, is the cluster reachable? " + result.Problem);
            File.WriteAllText(Path.Combine(_folder, RunPlanner.NodesFile), result.OutputText + "\n", Utf8);
            _manifest = _manifest with { NodesSaved = true };
            Save();
        }
        catch (Exception e) when (e is StepFault or KubectlNotFoundException or OperationCanceledException)
        {
            throw Stop(null, phase, Reason(e, timeoutToken), EndOf(e, timeoutToken));
        }
    }

    private async Task RunStepAsync(RunStep step, int index, MetricSetTemplate? template, CancellationToken token, CancellationToken timeoutToken)
    {
        var manifestPath = Path.Combine(_folder, step.Manifest);
        var logPath = Path.Combine(_folder, step.Log);
        var retry = step.State != StepState.Pending || step.Attempts > 0;
        var current = step with
        {
            State = StepState.Running, Phase = "prepare", Message = "", Lines = 0, Reattached = 0, Pod = null,
            Attempts = step.Attempts + 1, StartedAt = _options.Clock.GetUtcNow(), EndedAt = null,
        };
        var applied = false;
        void Enter(string phase)
        {
            current = current with { Phase = phase };
            Record(current);
            _observer.PhaseChanged(current, phase);
        }

        Record(current);
        _observer.StepStarted(current, index, _manifest.Steps.Length);
        try
        {
            if (retry)
            {
                KeepEarlierAttempt(logPath, step);
                if (File.Exists(manifestPath))
                {
                    Enter("clean up earlier attempt");
                    applied = true;
                    await DeleteAndWaitAsync(manifestPath, step.Name, token).ConfigureAwait(false);
                    applied = false;
                }
            }

            Enter("write manifest");
            Directory.CreateDirectory(Path.GetDirectoryName(manifestPath)!);
            var yaml = MetricSetYaml.Write(RunPlanner.MetricSetOf(_manifest.Settings, template, step), template);
            File.WriteAllText(manifestPath, yaml, Utf8);

            Enter("apply");
            applied = true;
            var apply = await _kubectl.RunAsync(RunPlanner.Commands.Apply(manifestPath), token).ConfigureAwait(false);
            if (!apply.Succeeded) throw new StepFault("kubectl apply was refused: " + apply.Problem);

            Enter("wait for launcher pod");
            var pod = await WaitForLauncherAsync(step.Name, token).ConfigureAwait(false);
            current = current with { Pod = pod.Name };

            Enter("stream log");
            var (ending, note) = await StreamLogAsync(current, pod, logPath, n => current = current with { Lines = n },
                () => current = current with { Reattached = current.Reattached + 1 }, token).ConfigureAwait(false);
            if (ending.Phase == "Failed")
                throw new StepFault(FormattableString.Invariant(
                    $"launcher pod {pod.Name} failed{(ending.ExitCode is { } code ? $" with exit code {code}" : "")}{(ending.Reason.Length > 0 ? $" ({ending.Reason})" : "")}"));

            Enter("delete");
            await DeleteAndWaitAsync(manifestPath, step.Name, token).ConfigureAwait(false);
            applied = false;

            current = current with { State = StepState.Completed, Message = note, EndedAt = _options.Clock.GetUtcNow() };
            Record(current);
            _observer.StepEnded(current);
        }
        catch (Exception e) when (e is StepFault or KubectlNotFoundException or OperationCanceledException or IOException or UnauthorizedAccessException)
        {
            var end = EndOf(e, timeoutToken);
            var reason = Reason(e, timeoutToken);
            var kept = FormattableString.Invariant($"{current.Lines} log lines kept in {step.Log}");
            // Recorded before cleaning up, so that even a kill during the cleanup leaves a resumable manifest.
            Record(current with { State = StepState.Failed, Message = $"{current.Phase}: {reason}; {kept}; cleaning up", EndedAt = _options.Clock.GetUtcNow() });
            var cleanup = applied ? await CleanUpAsync(manifestPath, step.Name).ConfigureAwait(false) : "nothing to clean up";
            current = current with
            {
                State = StepState.Failed,
                Message = $"{current.Phase}: {reason}; {kept}; {cleanup}",
                EndedAt = _options.Clock.GetUtcNow(),
            };
            Record(current);
            _observer.StepEnded(current);
            throw Stop(current, current.Phase, $"{reason}; {kept}; {cleanup}", end);
        }
    }

    private async Task<PodStatus> WaitForLauncherAsync(string name, CancellationToken token)
    {
        var prefix = name + "-l-0-0-";
        var deadline = _options.Clock.GetUtcNow() + _options.ScheduleTimeout;
        while (true)
        {
            var pod = (await ListPodsAsync(prefix, token).ConfigureAwait(false))
                .Where(p => !p.Deleting)
                .OrderByDescending(p => p.CreatedAt ?? DateTimeOffset.MinValue).ThenByDescending(p => p.Name, StringComparer.Ordinal)
                .FirstOrDefault();
            if (pod is not null && pod.Phase is not ("Pending" or "Unknown")) return pod;
            if (_options.Clock.GetUtcNow() >= deadline)
                throw new StepFault(pod is null
                    ? $"no launcher pod {prefix}… appeared within {Duration.Format(_options.ScheduleTimeout)} (is the metrics-operator installed and JobSet running?)"
                    : $"launcher pod {pod.Name} did not start within {Duration.Format(_options.ScheduleTimeout)}: still {pod.Phase}{(pod.Reason.Length > 0 ? $" ({pod.Reason})" : "")}");
            await Task.Delay(_options.PollInterval, _options.Clock, token).ConfigureAwait(false);
        }
    }

    private async Task<(PodStatus Ending, string Note)> StreamLogAsync(
        RunStep step, PodStatus pod, string logPath, Action<long> onLines, Action onReattach, CancellationToken token)
    {
        long written = 0;
        var endSeen = false;
        var stalls = 0;
        await using var file = new FileStream(logPath, FileMode.Create, FileAccess.Write, FileShare.Read);
        await using var writer = new StreamWriter(file, Utf8) { NewLine = "\n" };

        // Follows the log, skipping the lines already on disk (a re-attached stream starts from the top again).
        async Task<KubectlResult> Attach(bool follow, CancellationToken attachToken, CancellationTokenSource? stopAtEnd)
        {
            var skip = written;
            long seen = 0;
            return await _kubectl.StreamAsync(RunPlanner.Commands.Logs(pod.Name, follow), line =>
            {
                if (++seen <= skip) return;
                writer.WriteLine(line);
                writer.Flush();
                written++;
                onLines(written);
                _observer.LogLine(step, line);
                if (!endSeen && line.Contains(CollectionEndMarker, StringComparison.Ordinal))
                {
                    endSeen = true;
                    stopAtEnd?.Cancel();
                }
            }, attachToken).ConfigureAwait(false);
        }

        while (true)
        {
            var before = written;
            using var stream = CancellationTokenSource.CreateLinkedTokenSource(token);
            KubectlResult? result = null;
            try
            {
                result = await Attach(follow: true, stream.Token, stream).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (endSeen && !token.IsCancellationRequested)
            {
                // Stopped on purpose at the end marker (a pod with interactive logging never ends by itself).
            }

            if (endSeen)
            {
                var last = await FindPodAsync(pod.Name, token).ConfigureAwait(false);
                return (last is { Phase: "Failed" } ? last : pod with { Phase = "Succeeded" }, "");
            }

            var status = await FindPodAsync(pod.Name, token).ConfigureAwait(false);
            if (status is null)
                throw new StepFault(FormattableString.Invariant(
                    $"log stream cut after {written} lines: launcher pod {pod.Name} is gone ({result?.Problem ?? "no message"})"));
            if (status.IsFinished)
            {
                // Pick up whatever a cut stream missed before the pod ended.
                var rest = await Attach(follow: false, token, null).ConfigureAwait(false);
                if (!rest.Succeeded && written == 0)
                    throw new StepFault("cannot read the launcher log: " + rest.Problem);
                var note = written > 0 && !endSeen && status.Phase == "Succeeded"
                    ? $"the log has no '{CollectionEndMarker}' line"
                    : "";
                return (status, note);
            }

            stalls = written == before ? stalls + 1 : 0;
            if (stalls >= _options.MaxReattach)
                throw new StepFault(FormattableString.Invariant(
                    $"log stream cut after {written} lines and re-attaching brought nothing {stalls} times ({result?.Problem ?? "no message"})"));
            onReattach();
            _observer.Note(step, FormattableString.Invariant($"log stream of {pod.Name} ended after {written} lines while the pod is {status.Phase}; re-attaching"));
            await Task.Delay(_options.PollInterval, _options.Clock, token).ConfigureAwait(false);
        }
    }

    private async Task DeleteAndWaitAsync(string manifestPath, string name, CancellationToken token)
    {
        var delete = await _kubectl.RunAsync(RunPlanner.Commands.Delete(manifestPath), token).ConfigureAwait(false);
        if (!delete.Succeeded) throw new StepFault("kubectl delete failed: " + delete.Problem);
        var deadline = _options.Clock.GetUtcNow() + _options.DeleteTimeout;
        while (true)
        {
            var left = await ListPodsAsync(name + "-", token).ConfigureAwait(false);
            if (left.IsEmpty) return;
            if (_options.Clock.GetUtcNow() >= deadline)
                throw new StepFault(FormattableString.Invariant(
                    $"{left.Length} pods of {name} still present {Duration.Format(_options.DeleteTimeout)} after the delete ({string.Join(", ", left.Take(3).Select(p => p.Name))})"));
            await Task.Delay(_options.PollInterval, _options.Clock, token).ConfigureAwait(false);
        }
    }

    private async Task<string> CleanUpAsync(string manifestPath, string name)
    {
        if (_options.Keep)
            return $"MetricSet {name} kept (--keep); delete it with: {_kubectl.Describe(RunPlanner.Commands.Delete(manifestPath))}";
        using var cleanup = new CancellationTokenSource(_options.CleanupTimeout, _options.Clock);
        try
        {
            await DeleteAndWaitAsync(manifestPath, name, cleanup.Token).ConfigureAwait(false);
            return $"MetricSet {name} deleted";
        }
        catch (Exception e) when (e is StepFault or KubectlNotFoundException or OperationCanceledException)
        {
            var why = e is OperationCanceledException ? "cleanup timed out" : e.Message;
            return $"MetricSet {name} could not be deleted ({why}); delete it with: {_kubectl.Describe(RunPlanner.Commands.Delete(manifestPath))}";
        }
    }

    private async Task<PodStatus?> FindPodAsync(string name, CancellationToken token) =>
        (await ListPodsAsync(name, token).ConfigureAwait(false)).FirstOrDefault(p => p.Name == name);

    private async Task<ImmutableArray<PodStatus>> ListPodsAsync(string prefix, CancellationToken token)
    {
        for (var failures = 1; ; failures++)
        {
            var result = await _kubectl.RunAsync(RunPlanner.Commands.GetPods(), token).ConfigureAwait(false);
            if (result.Succeeded)
            {
                try
                {
                    return [.. PodStatus.ParseList(result.OutputText).Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal))];
                }
                catch (FormatException e) when (failures < _options.MaxPollFailures)
                {
                    _observer.Note(null, e.Message);
                }
                catch (FormatException e)
                {
                    throw new StepFault("cannot read the pod list: " + e.Message);
                }
            }
            else if (failures >= _options.MaxPollFailures)
            {
                throw new StepFault(FormattableString.Invariant($"cannot list the pods ({failures} tries): {result.Problem}"));
            }
            await Task.Delay(_options.PollInterval, _options.Clock, token).ConfigureAwait(false);
        }
    }

    private void KeepEarlierAttempt(string logPath, RunStep step)
    {
        if (!File.Exists(logPath)) return;
        var folder = Path.Combine(_folder, "attempts");
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, FormattableString.Invariant($"{step.Log}.attempt-{Math.Max(step.Attempts, 1)}"));
        for (var n = 2; File.Exists(target); n++) target = Path.Combine(folder, FormattableString.Invariant($"{step.Log}.attempt-{step.Attempts}-{n}"));
        File.Move(logPath, target);
        _observer.Note(step, $"the log of the earlier attempt was moved to attempts/{Path.GetFileName(target)}");
    }

    private void Record(RunStep step)
    {
        _manifest = _manifest.With(step);
        Save();
    }

    private void Save() => (_manifest = _manifest with { UpdatedAt = _options.Clock.GetUtcNow() }).Save(_folder);

    private CampaignRunException Stop(RunStep? step, string phase, string reason, RunEnd end)
    {
        var where = step is null ? phase : $"{step.Title}: {phase}";
        var message = $"{where}: {reason}";
        _manifest = _manifest with { State = StepState.Failed, Message = message };
        Save();
        return new CampaignRunException(message, end, _manifest);
    }

    private static RunEnd EndOf(Exception e, CancellationToken timeoutToken) => e switch
    {
        OperationCanceledException when timeoutToken.IsCancellationRequested => RunEnd.TimedOut,
        OperationCanceledException => RunEnd.Interrupted,
        _ => RunEnd.Failed,
    };

    private string Reason(Exception e, CancellationToken timeoutToken) => e switch
    {
        OperationCanceledException when timeoutToken.IsCancellationRequested =>
            $"timed out: the run's --timeout of {Duration.Format(_options.Timeout ?? TimeSpan.Zero)} was reached",
        OperationCanceledException => "interrupted",
        _ => e.Message,
    };
}
