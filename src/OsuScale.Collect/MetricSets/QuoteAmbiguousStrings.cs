using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace OsuScale.Collect.MetricSets;

/// <summary>
/// Double-quotes every string that some YAML reader could take for a number, a boolean or null. Kubernetes reads
/// manifests with a YAML 1.1 resolver (<c>yes</c>, <c>off</c>, <c>1e3</c>, <c>0x10</c>, <c>1:30</c> are not strings there)
/// while YamlDotNet quotes by its own rules, so this errs on the side of quoting.
/// </summary>
internal sealed partial class QuoteAmbiguousStrings(IEventEmitter next) : ChainedEventEmitter(next)
{
    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|0b[01_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Ambiguous();

    /// <inheritdoc />
    public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
    {
        if (eventInfo.Source.Type == typeof(string) && eventInfo.Source.Value is string text && Ambiguous().IsMatch(text))
            eventInfo.Style = ScalarStyle.DoubleQuoted;
        base.Emit(eventInfo, emitter);
    }
}
