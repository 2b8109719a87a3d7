using System.Globalization;
using OsuScale.Collect.Planning;
using OsuScale.Collect.Running;
using Spectre.Console;

namespace OsuScale.Cli.Commands;

/// <summary>
/// What <c>osu-scale run</c> shows while it works: the current size, iteration and benchmark (read from the streamed
/// log), the elapsed time and, with <c>--estimate-from</c>, an estimate of what is left. On a terminal it is a live
/// progress bar; otherwise (a file, CI) one line per event.
/// </summary>
internal sealed class RunProgress(IAnsiConsole console, DurationEstimates estimates, IReadOnlyList<string> benchmarks, TimeProvider clock) : IRunObserver
{
    private readonly object _gate = new();
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private IReadOnlyList<RunStep> _remaining = [];
    private ProgressTask? _task;
    private RunStep? _step;
    private string? _benchmark;
    private int _benchmarksStarted;
    private int _index;
    private int _count;

    /// <summary>The steps still to run when the run starts (for the estimate of what is left).</summary>
    public void Prepare(IEnumerable<RunStep> remaining) => _remaining = [.. remaining];

    /// <summary>Runs <paramref name="body"/> under a live progress bar on a terminal, plainly elsewhere.</summary>
    public async Task<T> ShowAsync<T>(Func<Task<T>> body)
    {
        if (!console.Profile.Capabilities.Interactive) return await body();
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                lock (_gate) _task = context.AddTask("starting", maxValue: 1);
                try { return await body(); }
                finally { lock (_gate) _task?.StopTask(); }
            });
    }

    public void StepStarted(RunStep step, int index, int count)
    {
        lock (_gate)
        {
            _step = step;
            _index = index;
            _count = count;
            _benchmark = null;
            _benchmarksStarted = 0;
            if (_task is not null) _task.MaxValue = count;
            Say($"[bold]{Markup.Escape(step.Title)}[/] started (step {index + 1} of {count}){Left()}");
        }
    }

    public void PhaseChanged(RunStep step, string phase)
    {
        lock (_gate)
        {
            _step = step;
            Update();
            if (_task is null && phase is not ("stream log" or "write manifest")) console.MarkupLine($"  {Markup.Escape(phase)}…");
        }
    }

    public void LogLine(RunStep step, string line)
    {
        var benchmark = BenchmarkLine.Benchmark(line);
        if (benchmark is null) return;
        lock (_gate)
        {
            _benchmark = benchmark;
            _benchmarksStarted++;
            if (_task is not null)
            {
                var share = benchmarks.Count > 0 ? Math.Min(1.0, (_benchmarksStarted - 1) / (double)benchmarks.Count) : 0;
                _task.Value = _index + share;
            }
            Update();
            if (_task is null) console.MarkupLine($"  {Markup.Escape(benchmark)} ({Elapsed()} elapsed{Left()})");
        }
    }

    public void Note(RunStep? step, string message)
    {
        lock (_gate) console.MarkupLine($"  [yellow]note:[/] {Markup.Escape(message)}");
    }

    public void StepEnded(RunStep step)
    {
        lock (_gate)
        {
            _remaining = [.. _remaining.Where(s => s.Size != step.Size || s.Iteration != step.Iteration)];
            if (step.State == StepState.Completed)
            {
                if (_task is not null) _task.Value = _index + 1;
                var took = step.StartedAt is { } s && step.EndedAt is { } e ? Duration.Format(e - s) : "?";
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"[green]done[/] {Markup.Escape(step.Title)}: {step.Lines} lines in {Markup.Escape(step.Log)} ({took}){(step.Message.Length > 0 ? " — " + Markup.Escape(step.Message) : "")}"));
            }
            else
            {
                console.MarkupLine($"[red]failed[/] {Markup.Escape(step.Title)}");
            }
        }
    }

    private void Update()
    {
        if (_task is null || _step is null) return;
        var what = _benchmark is null ? _step.Phase : $"{_benchmark} ({_benchmarksStarted}/{(benchmarks.Count > 0 ? benchmarks.Count.ToString(CultureInfo.InvariantCulture) : "?")})";
        _task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"size {_step.Size} iter {_step.Iteration} [{_index + 1}/{_count}] {what}{Left()}"));
    }

    private void Say(string markup)
    {
        if (_task is null) console.MarkupLine(markup);
        else Update();
    }

    private string Elapsed() => Duration.Format(clock.GetUtcNow() - _started);

    /// <summary>" · ~2h10m left" from the estimates of the remaining steps and the current step's unstarted benchmarks.</summary>
    private string Left()
    {
        if (estimates.IsEmpty) return "";
        var left = TimeSpan.Zero;
        var known = false;
        foreach (var step in _remaining)
        {
            var list = benchmarks;
            if (_step is not null && step.Size == _step.Size && step.Iteration == _step.Iteration)
                list = [.. benchmarks.Skip(Math.Max(0, _benchmarksStarted - 1))];
            if (estimates.ForStep(step.Size, [.. list]).Duration is { } d)
            {
                left += d;
                known = true;
            }
        }
        return known ? $" · ~{Duration.Format(left)} left (estimate)" : "";
    }
}
