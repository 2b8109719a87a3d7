using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using OsuScale.Cli.Infrastructure;
using OsuScale.Simulation;

namespace OsuScale.Cli.Commands;

/// <summary>What <c>osu-scale simulate</c> was asked to do.</summary>
/// <param name="Output">The folder to write the logs into.</param>
/// <param name="Sizes">Node counts; empty for the example's sizes.</param>
/// <param name="Repetitions">Runs per size.</param>
/// <param name="Noise">Relative run-to-run noise.</param>
/// <param name="Seed">Seed of the random generators.</param>
internal sealed record SimulateSettings(string Output, ImmutableArray<int> Sizes, int Repetitions, double Noise, int Seed);

/// <summary><c>osu-scale simulate -o DIR [--sizes N,N] [--repetitions N] [--noise X] [--seed N]</c>: write a synthetic campaign.</summary>
internal sealed class SimulateCommand : IVerb
{
    private readonly Option<string> output = CliOptions.OutputFolder("the synthetic launcher logs (size-N.log or size-N-iter-I.log) and a README.md");
    private readonly Option<ImmutableArray<int>> sizes = CliOptions.NodeList("--sizes",
        $"Node counts, comma-separated, distinct, each at least 2 (log2 N must be positive). Not given: {string.Join(",", SimulationSpec.ExampleSizes)}.",
        minimum: 2, distinct: true);
    private readonly Option<int> repetitions = CliOptions.Number("--repetitions", "Runs per size.", minimum: 1, defaultValue: 3);
    private readonly Option<double> noise = new("--noise")
    {
        Description = "Relative run-to-run noise (log-normal), e.g. 0.1 for 10%, from 0 to 2.",
        HelpName = "X",
        DefaultValueFactory = _ => 0.05,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 2) return value;
            result.AddError($"--noise: '{text}' is not a number from 0 to 2 (a relative noise such as 0.05)");
            return 0;
        },
    };
    private readonly Option<int> seed = CliOptions.Number("--seed", "Seed of the random generators; the same seed writes the same bytes.", minimum: int.MinValue, defaultValue: 1);

    public SimulateCommand()
    {
        Command = new Command("simulate",
            "Write a synthetic campaign in the metrics-operator launcher-log format: the 22 benchmarks of a real campaign, pair benchmarks flat and the others following known laws (log N, N, N log N, N², a step), with log-normal noise. It is the ground truth the model is tested against.")
        {
            output, sizes, repetitions, noise, seed,
        };
        Command.SetAction((parseResult, token) => Task.FromResult(Run(Bind(parseResult), CliIo.From(parseResult), token)));
    }

    public Command Command { get; }

    public int[] Returns => ExitCodes.Common;

    object IVerb.Bind(ParseResult parseResult) => Bind(parseResult);

    public SimulateSettings Bind(ParseResult parseResult) =>
        new(parseResult.GetValue(output)!, parseResult.GetValue(sizes) is { IsDefault: false } list ? list : [],
            parseResult.GetValue(repetitions), parseResult.GetValue(noise), parseResult.GetValue(seed));

    public static int Run(SimulateSettings settings, CliIo io, CancellationToken cancellationToken)
    {
        // Every value was checked at parse time as the library checks it (sizes >= 2 and distinct, repetitions >= 1, noise in [0;2]).
        var spec = SimulationSpec.Example(settings.Sizes.IsEmpty ? null : settings.Sizes, settings.Repetitions, settings.Noise, settings.Seed);
        OutputPaths.CheckFolder(settings.Output);
        cancellationToken.ThrowIfCancellationRequested();
        var files = CampaignSimulator.Write(spec, settings.Output);
        File.WriteAllText(Path.Combine(settings.Output, "README.md"), Readme(spec, settings.Output), new UTF8Encoding(false));
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {files.Count} synthetic log(s) to {settings.Output}: {spec.Benchmarks.Length} benchmarks, sizes {string.Join(",", spec.Sizes)}, {spec.Repetitions} repetition(s), noise {spec.Noise:0.###}, seed {spec.Seed}"));
        return ExitCodes.Ok;
    }

    /// <summary>The README written beside the logs: what is synthetic, the laws (the ground truth) and how to regenerate them.</summary>
    internal static string Readme(SimulationSpec spec, string folder)
    {
        var text = new StringBuilder();
        text.AppendLine(OsuScale.Show.Report.SyntheticCampaign.ReadmeHeading + " (not measured)"); // what the report recognises
        text.AppendLine();
        text.AppendLine("Every log in this folder was **generated** by `osu-scale simulate`; no cluster ran these benchmarks.");
        text.AppendLine("The logs have the shape of metrics-operator launcher logs (preamble, `METADATA START`, `METRICS OPERATOR TIMEPOINT`");
        text.AppendLine("sections, `time mpirun ...`, OSU 5.8 tables, bash `real`/`user`/`sys` footers), so every `osu-scale` verb reads them.");
        text.AppendLine();
        text.AppendLine("Regenerate exactly these bytes with this command, run from the same working directory (in a checkout, `./osu-scale simulate ...` builds and runs the tool):");
        text.AppendLine();
        text.AppendLine("```");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"osu-scale simulate -o {folder} --sizes {string.Join(",", spec.Sizes)} --repetitions {spec.Repetitions} --noise {spec.Noise:0.###} --seed {spec.Seed}"));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Sizes {string.Join(", ", spec.Sizes)} nodes, {spec.Repetitions} repetition(s) per size, log-normal noise of {spec.Noise:0.###} (relative), seed {spec.Seed}."));
        text.AppendLine("Each benchmark's wall time and primary metric follow its law relative to the smallest size (the ground truth):");
        text.AppendLine();
        text.AppendLine("| benchmark | law | wall time at the smallest size (s) |");
        text.AppendLine("|---|---|---|");
        foreach (var b in spec.Benchmarks)
        {
            var law = b.Law.Kind == LawKind.Jump
                ? string.Create(CultureInfo.InvariantCulture, $"step ×{b.Law.JumpFactor:0.##} from {b.Law.JumpAt:0} nodes")
                : b.Law.Kind switch
                {
                    LawKind.Flat => "flat",
                    LawKind.Logarithmic => "log2 N",
                    LawKind.Linear => "N",
                    LawKind.NLogN => "N log2 N",
                    _ => "N²",
                };
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {b.Name} | {law} | {b.BaseSeconds:0.###} |"));
        }
        return text.ToString();
    }
}
