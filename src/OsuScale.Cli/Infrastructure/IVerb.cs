using System.CommandLine;

namespace OsuScale.Cli.Infrastructure;

/// <summary>
/// A verb of the command line: its <see cref="Command"/> (options declared through <see cref="CliOptions"/>) and the
/// folding of a parse result into the verb's immutable settings record, which tests check without running the verb.
/// </summary>
internal interface IVerb
{
    /// <summary>The command, with its action set.</summary>
    Command Command { get; }

    /// <summary>The exit codes the verb returns (listed under its <c>--help</c>).</summary>
    int[] Returns { get; }

    /// <summary>The settings record of a parse result of <see cref="Command"/> without errors.</summary>
    object Bind(ParseResult parseResult);
}
