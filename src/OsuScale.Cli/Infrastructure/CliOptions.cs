using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using OsuScale.Cli.Commands;
using OsuScale.Show.Exporters;

namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// Every option and argument that more than one verb takes, declared once: name, help name, description and the
/// parser that validates its value at parse time (a bad value is a usage error, exit 2, with the <c>--help</c> hint).
/// </summary>
internal static class CliOptions
{
    /// <summary>The INPUT... argument: files or folders of logs; an unknown option is refused here rather than read as a file.</summary>
    public static Argument<string[]> Inputs(bool required = true, string? extra = null)
    {
        var argument = new Argument<string[]>("INPUT")
        {
            Description = "Log files or folders (a folder contributes its *.log, *.txt, *.out and *.json files): plain OSU output, " +
                          "metrics-operator launcher logs (also with kubectl --timestamps) or metrics-operator SDK JSON." + (extra is null ? "" : " " + extra),
            Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
        };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (LooksLikeOption(token.Value)) result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value})");
        });
        return argument;
    }

    /// <summary>-o, --output DIR: the folder a verb writes into.</summary>
    public static Option<string> OutputFolder(string writes, string? defaultFolder = null)
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = $"Folder to write {writes} into (created if needed; files replaced).",
            HelpName = "DIR",
            Required = defaultFolder is null,
        };
        if (defaultFolder is not null) option.DefaultValueFactory = _ => defaultFolder;
        return option;
    }

    /// <summary>-o, --output FILE: the file a verb writes instead of standard output.</summary>
    public static Option<string?> OutputFile(string writes) => new("--output", "-o")
    {
        Description = $"Write {writes} to FILE (replaced if it exists) instead of standard output.",
        HelpName = "FILE",
    };

    /// <summary>--nodes N: the cluster size when nothing in or around a log tells it.</summary>
    public static Option<int?> Nodes() => new("--nodes")
    {
        Description = "Node count to assume when a log has no metadata, preamble, launch command or size-N file name that tells it.",
        HelpName = "N",
        CustomParser = result => Count(result, "--nodes", minimum: 1),
    };

    /// <summary>--predict N,N | none: the sizes to predict at (null when not given: the library's default).</summary>
    public static Option<ImmutableArray<double>?> Predict() => new("--predict")
    {
        Description = "Node counts to predict wall time at, comma-separated (e.g. 128,256), each with a 95% prediction interval; " +
                      "'none' for no prediction. Not given: the next two doublings of the largest measured size.",
        HelpName = "N,N",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase)) return ImmutableArray<double>.Empty;
            var counts = NodeCounts(result, "--predict");
            return counts.IsDefault ? null : [.. counts.Distinct().Select(n => (double)n)];
        },
    };

    /// <summary>--format png,svg: the image formats of the figures (the document named links the first).</summary>
    public static Option<ImmutableArray<FigureFormat>> Formats(string document) => new("--format")
    {
        Description = $"Image formats of the figures, comma-separated: png, svg ({document} links the first).",
        HelpName = "png,svg",
        DefaultValueFactory = _ => [FigureFormat.Png, FigureFormat.Svg],
        CustomParser = result =>
        {
            try
            {
                return [.. FigureFormats.Parse(result.Tokens.Single().Value)];
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
                return [];
            }
        },
    };

    /// <summary>--wide: tables at their natural width instead of fitted to 100 columns (or the terminal's width).</summary>
    public static Option<bool> Wide() => new("--wide")
    {
        Description = "Print tables at their full width instead of fitting them to the terminal (100 columns when the output is not a terminal).",
    };

    /// <summary>A comma-separated list of node counts (<c>--sizes 4,8,16</c>), checked at parse time.</summary>
    public static Option<ImmutableArray<int>> NodeList(string name, string description, int minimum = 1, bool distinct = false) => new(name)
    {
        Description = description,
        HelpName = "N,N",
        CustomParser = result =>
        {
            var counts = NodeCounts(result, name);
            if (counts.IsDefault) return counts;
            if (counts.FirstOrDefault(n => n < minimum) is var small and > 0)
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: size {small} is below {minimum}"));
            else if (distinct && counts.Distinct().Count() != counts.Length)
                result.AddError($"{name}: a size is repeated");
            return counts;
        },
    };

    /// <summary>A whole number of at least <paramref name="minimum"/>, checked at parse time.</summary>
    public static Option<int> Number(string name, string description, int minimum, int defaultValue) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Count(result, name, minimum) ?? defaultValue,
    };

    /// <summary>True for a token that is an option the verb does not know (<c>-</c> alone is standard input, not an option).</summary>
    public static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static int? Count(ArgumentResult result, string name, int minimum)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum) return value;
        result.AddError(minimum == int.MinValue
            ? $"{name}: '{text}' is not a whole number"
            : string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is not a whole number of at least {minimum}"));
        return null;
    }

    private static ImmutableArray<int> NodeCounts(ArgumentResult result, string name)
    {
        try
        {
            var counts = NumberLists.Counts(result.Tokens.Single().Value, name);
            if (counts.IsEmpty) result.AddError($"{name}: no node count given (expected positive whole numbers such as 4,8,16)");
            return counts;
        }
        catch (FormatException e)
        {
            result.AddError(e.Message);
            return default;
        }
    }
}
