using System.Collections.Immutable;

namespace OsuScale.Campaigns;

/// <summary>One numeric row of an OSU table.</summary>
/// <param name="MessageSizeBytes">The message size in bytes, or null for tables without a <c>Size</c> column (barrier).</param>
/// <param name="Values">One value per column of the table, in column order (Validation: 1 Pass, 0 Fail).</param>
/// <param name="Line">The 1-based line of the row in its source.</param>
public sealed record OsuRow(long? MessageSizeBytes, ImmutableArray<double> Values, int Line);
