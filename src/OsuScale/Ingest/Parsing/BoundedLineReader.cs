using System.Text;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (LF, CR LF or CR), but never builds a line longer than
/// <see cref="MaxChars"/>: the rest of an over-long line (binary garbage, a file without line breaks) is skipped, so
/// memory stays bounded whatever the input.
/// </summary>
internal sealed class BoundedLineReader(TextReader inner, int maxChars = BoundedLineReader.DefaultMaxChars)
{
    /// <summary>The longest line kept: 64 Ki characters, far beyond any OSU or launcher line.</summary>
    public const int DefaultMaxChars = 1 << 16;

    private readonly char[] _buffer = new char[1 << 15];
    private readonly StringBuilder _pending = new();
    private int _pos, _len;
    private bool _eof;

    /// <summary>The longest line kept.</summary>
    public int MaxChars { get; } = maxChars;

    /// <summary>True when the last line returned was cut at <see cref="MaxChars"/>.</summary>
    public bool LastLineWasCut { get; private set; }

    /// <summary>The next line without its terminator, or null at the end.</summary>
    public string? ReadLine()
    {
        LastLineWasCut = false;
        _pending.Clear();
        var readAny = false;
        while (Fill())
        {
            readAny = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var end = span.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Keep(span);
                _pos = _len;
                continue;
            }
            string line;
            if (_pending.Length == 0 && end <= MaxChars) line = new string(span[..end]);
            else
            {
                Keep(span[..end]);
                line = _pending.ToString();
            }
            var cr = span[end] == '\r';
            _pos += end + 1;
            if (cr && Fill() && _buffer[_pos] == '\n') _pos++;
            return line;
        }
        return readAny ? _pending.ToString() : null;
    }

    /// <summary>Everything not read yet (what is buffered, then the rest of the inner reader).</summary>
    public string ReadToEnd()
    {
        var buffered = _pos < _len ? new string(_buffer, _pos, _len - _pos) : "";
        _pos = _len;
        return _eof ? buffered : buffered + inner.ReadToEnd();
    }

    private void Keep(ReadOnlySpan<char> part)
    {
        var room = MaxChars - _pending.Length;
        if (part.Length > room)
        {
            LastLineWasCut = true;
            part = part[..Math.Max(room, 0)];
        }
        _pending.Append(part);
    }

    private bool Fill()
    {
        if (_pos < _len) return true;
        if (_eof) return false;
        _len = inner.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        if (_len > 0) return true;
        _eof = true;
        return false;
    }
}
