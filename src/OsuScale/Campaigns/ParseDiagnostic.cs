namespace OsuScale.Campaigns;

/// <summary>Something the parser noticed and tolerated (a row that does not fit its header, a duplicate), kept for the report.</summary>
/// <param name="Location">Where.</param>
/// <param name="Message">What, in one sentence.</param>
/// <param name="RawLine">The raw line, when there is one.</param>
public sealed record ParseDiagnostic(SourceLocation Location, string Message, string? RawLine = null)
{
    /// <inheritdoc/>
    public override string ToString() => RawLine is null ? $"{Location}: {Message}" : $"{Location}: {Message}: '{RawLine}'";
}
