using System.Globalization;

namespace OsuScale.Campaigns;

/// <summary>Where something was read: a file (or a name given to text) and a 1-based line number.</summary>
/// <param name="File">The path as given by the user, or a label such as <c>&lt;text&gt;</c>.</param>
/// <param name="Line">The 1-based line number; 0 when the whole file is meant.</param>
public readonly record struct SourceLocation(string File, int Line)
{
    /// <summary>Formats as <c>file:line</c>, the form editors and terminals link to.</summary>
    public override string ToString() =>
        Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}") : File;
}
