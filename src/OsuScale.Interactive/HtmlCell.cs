namespace OsuScale.Interactive;

/// <summary>One cell of a <see cref="SortableTable"/>.</summary>
/// <param name="Text">The text shown (HTML-encoded when written).</param>
/// <param name="SortKey">What the column sorts by when it is not the text: a number written invariantly, or an ordinal.</param>
/// <param name="Swatch">A colour (<c>#RRGGBB</c>) shown as a dot before the text: the category colour of the figures.</param>
/// <param name="Prose">A sentence (a reason, a detail): given room to read instead of being squeezed into a narrow column.</param>
internal readonly record struct HtmlCell(string Text, double? SortKey = null, string? Swatch = null, bool Prose = false)
{
    /// <summary>A text cell sorted by its text.</summary>
    public static implicit operator HtmlCell(string text) => new(text);
}
