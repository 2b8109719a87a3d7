namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (LF, CR LF or CR) as spans over its own buffer, without
/// building a string per line, and never holds a line longer than <see cref="MaxChars"/>: the rest of an over-long
/// line (binary garbage, a file without line breaks) is skipped, so memory stays bounded whatever the input.
/// </summary>
internal sealed class BoundedLineReader(TextReader inner, int maxChars = BoundedLineReader.DefaultMaxChars)
{
    /// <summary>The longest line kept: 64 Ki characters, far beyond any OSU or launcher line.</summary>
    public const int DefaultMaxChars = 1 << 16;

    private readonly char[] _buffer = new char[1 << 15];
    private char[] _pending = new char[256];
    private int _pendingLength;
    private int _pos, _len;
    private bool _eof;

    /// <summary>The longest line kept.</summary>
    public int MaxChars { get; } = maxChars;

    /// <summary>True when the last line returned was cut at <see cref="MaxChars"/>.</summary>
    public bool LastLineWasCut { get; private set; }

    /// <summary>
    /// The next line without its terminator; false at the end. The span is valid until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        LastLineWasCut = false;
        _pendingLength = 0;
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
            var cr = span[end] == '\r';
            if (_pendingLength == 0 && end <= MaxChars)
            {
                line = span[..end];
                _pos += end + 1;
                // A CR LF split across two reads: the LF is in the next buffer. Keep the line in the pending
                // buffer first, as the refill overwrites this one.
                if (cr && _pos == _len && !_eof)
                {
                    Keep(line);
                    if (Fill() && _buffer[_pos] == '\n') _pos++;
                    line = _pending.AsSpan(0, _pendingLength);
                }
                else if (cr && _pos < _len && _buffer[_pos] == '\n') _pos++;
                return true;
            }
            Keep(span[..end]);
            _pos += end + 1;
            if (cr && Fill() && _buffer[_pos] == '\n') _pos++;
            line = _pending.AsSpan(0, _pendingLength);
            return true;
        }
        line = readAny ? _pending.AsSpan(0, _pendingLength) : default;
        return readAny;
    }

    /// <summary>The next line as a string, or null at the end.</summary>
    public string? ReadLine() => TryReadLine(out var line) ? line.ToString() : null;

    /// <summary>Everything not read yet (what is buffered, then the rest of the inner reader).</summary>
    public string ReadToEnd()
    {
        var buffered = _pos < _len ? new string(_buffer, _pos, _len - _pos) : "";
        _pos = _len;
        return _eof ? buffered : buffered + inner.ReadToEnd();
    }

    private void Keep(ReadOnlySpan<char> part)
    {
        var room = MaxChars - _pendingLength;
        if (part.Length > room)
        {
            LastLineWasCut = true;
            part = part[..Math.Max(room, 0)];
        }
        if (_pendingLength + part.Length > _pending.Length)
            Array.Resize(ref _pending, Math.Min(Math.Max(_pending.Length * 2, _pendingLength + part.Length), MaxChars));
        part.CopyTo(_pending.AsSpan(_pendingLength));
        _pendingLength += part.Length;
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
