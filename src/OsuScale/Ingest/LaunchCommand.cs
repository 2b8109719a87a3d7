using System.Globalization;
using System.Text.RegularExpressions;

namespace OsuScale.Ingest;

/// <summary>
/// A launch line found in a log (<c>time mpirun … -np 8 …/osu_allgather</c>, <c>srun -N 4 -n 16 osu_bw</c>,
/// <c>jsrun -n 8 -r 2 osu_latency</c>, <c>flux run -N 2 -n 2 osu_latency</c>) and what it tells.
/// </summary>
/// <param name="Text">The line as printed (trimmed).</param>
/// <param name="Launcher">The launcher program: <c>mpirun</c>, <c>mpiexec</c>, <c>srun</c>, <c>jsrun</c>, <c>flux</c>, …</param>
/// <param name="Benchmark">The OSU executable it runs (<c>osu_allgather</c>), from the base name of its path.</param>
/// <param name="Processes">The process count (<c>-np</c>, <c>-n</c>, <c>--ntasks</c>; jsrun resource sets × tasks per set), or null.</param>
/// <param name="Nodes">The node count the job spans when the line says it (<c>-N</c>, <c>--nodes</c>, <c>ppr:K:node</c> with <c>-np</c>, jsrun <c>-r</c>, a host list), or null.</param>
/// <param name="Timed">True when the command is wrapped in <c>time</c>, so a <c>real</c> footer is expected.</param>
internal sealed partial record LaunchCommand(string Text, string Launcher, string Benchmark, int? Processes, int? Nodes, bool Timed)
{
    private static readonly string[] Launchers = ["mpirun", "mpiexec", "mpiexec.hydra", "orterun", "prterun", "srun", "jsrun", "flux", "aprun"];

    /// <summary>Reads a launch line; null when the line is not one (no known launcher, or no <c>osu_*</c> executable).</summary>
    public static LaunchCommand? TryParse(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 4096 || !text.Contains("osu_", StringComparison.Ordinal)) return null;
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        if (tokens[i] == "$" && tokens.Length > 1) i++;
        var timed = false;
        if (tokens[i] == "time" || tokens[i] == "/usr/bin/time")
        {
            timed = true;
            i++;
            while (i < tokens.Length && tokens[i].StartsWith('-')) i++;
        }
        if (i >= tokens.Length) return null;
        var launcher = Path.GetFileName(tokens[i]);
        if (Array.IndexOf(Launchers, launcher) < 0) return null;
        if (launcher == "mpiexec.hydra") launcher = "mpiexec";
        i++;
        if (launcher == "flux")
        {
            if (i < tokens.Length && tokens[i] == "mini") i++;
            if (i >= tokens.Length || tokens[i] is not ("run" or "submit" or "alloc" or "batch")) return null;
            i++;
        }

        var args = tokens.AsSpan(i);
        string? benchmark = null;
        var benchIndex = -1;
        for (var k = 0; k < args.Length; k++)
        {
            var name = Path.GetFileName(args[k]);
            if (name.StartsWith("osu_", StringComparison.Ordinal) && BenchmarkName().IsMatch(name))
            {
                benchmark = name;
                benchIndex = k;
                break;
            }
        }
        if (benchmark is null) return null;
        var options = args[..benchIndex].ToArray();
        var (processes, nodes) = launcher switch
        {
            "srun" => Srun(options),
            "flux" => Srun(options),
            "jsrun" => Jsrun(options),
            "aprun" => (Int(options, "-n"), null),
            _ => Mpirun(options),
        };
        return new LaunchCommand(text, launcher, benchmark, processes, nodes, timed);
    }

    private static (int?, int?) Srun(string[] o) =>
        (Int(o, "-n", "--ntasks"), Int(o, "-N", "--nodes"));

    private static (int?, int?) Jsrun(string[] o)
    {
        var sets = Int(o, "-n", "--nrs");
        var perHost = Int(o, "-r", "--rs_per_host");
        var tasks = Int(o, "-a", "--tasks_per_rs") ?? 1;
        int? processes = sets is null ? null : sets * tasks;
        int? nodes = sets is not null && perHost is > 0 ? (sets + perHost - 1) / perHost : null;
        return (processes, nodes);
    }

    private static (int?, int?) Mpirun(string[] o)
    {
        var np = Int(o, "-np", "-n", "--np", "-c");
        int? perNode = Int(o, "-ppn", "--npernode", "-npernode", "-N", "--map-by-ppr");
        var mapBy = Str(o, "-map-by", "--map-by");
        if (mapBy is not null)
        {
            var m = Ppr().Match(mapBy);
            if (m.Success) perNode = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        int? nodes = null;
        if (np is not null && perNode is > 0) nodes = (np + perNode - 1) / perNode;
        var hosts = Str(o, "-host", "--host", "-hosts", "--hosts");
        if (nodes is null && hosts is not null)
            nodes = hosts.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(h => h.Split(':')[0]).Distinct().Count();
        return (np, nodes);
    }

    private static string? Str(string[] options, params string[] names)
    {
        for (var k = 0; k < options.Length; k++)
        {
            foreach (var name in names)
            {
                if (options[k] == name && k + 1 < options.Length) return options[k + 1];
                if (name.StartsWith("--", StringComparison.Ordinal) && options[k].StartsWith(name + "=", StringComparison.Ordinal))
                    return options[k][(name.Length + 1)..];
                // Short options with the value attached: -N2, -n16.
                if (name.Length == 2 && options[k].Length > 2 && options[k].StartsWith(name, StringComparison.Ordinal) && options[k].AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0)
                    return options[k][2..];
            }
        }
        return null;
    }

    private static int? Int(string[] options, params string[] names)
    {
        var s = Str(options, names);
        return s is not null && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
    }

    [GeneratedRegex(@"^osu_[A-Za-z0-9_]+$")]
    private static partial Regex BenchmarkName();

    [GeneratedRegex(@"^ppr:(\d{1,6}):node", RegexOptions.IgnoreCase)]
    private static partial Regex Ppr();
}
