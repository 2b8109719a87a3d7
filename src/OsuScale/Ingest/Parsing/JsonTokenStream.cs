using System.Buffers;
using System.Text.Json;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// A forward-only reader of JSON tokens over a stream of any length (seekable or not) with a bounded buffer:
/// <see cref="Utf8JsonReader"/> over a window of the stream that slides and grows as tokens need. Strings are
/// unescaped into a char buffer (<see cref="Chars"/>), so reading a string allocates nothing.
/// </summary>
internal sealed class JsonTokenStream(Stream stream) : IDisposable
{
    /// <summary>The largest single token or captured value: 256 MiB.</summary>
    public const int MaxWindow = 1 << 28;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private char[] _chars = ArrayPool<char>.Shared.Rent(1 << 12);
    private int _start, _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });
    private int _charCount;

    /// <summary>The kind of the current token.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The unescaped text of the current string or property name (valid until the next read).</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _charCount);

    /// <summary>The current number as a 32-bit integer, when it is one.</summary>
    public int? Int32 { get; private set; }

    /// <summary>Reads the next token; false at the end of the stream.</summary>
    /// <exception cref="JsonException">The JSON is invalid.</exception>
    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                TokenType = reader.TokenType;
                Int32 = null;
                _charCount = 0;
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    if (_chars.Length < reader.ValueSpan.Length)
                    {
                        ArrayPool<char>.Shared.Return(_chars);
                        _chars = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
                    }
                    _charCount = reader.CopyString(_chars);
                }
                else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n)) Int32 = n;
                Advance(ref reader);
                return true;
            }
            if (_final) return false;
            Refill();
        }
    }

    /// <summary>Reads the next value whole (an object, a list or a primitive) and returns its raw bytes.</summary>
    /// <exception cref="JsonException">The JSON is invalid or the stream ends inside the value.</exception>
    public byte[] ReadValue()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                var from = (int)reader.TokenStartIndex;
                if (reader.TrySkip())
                {
                    var raw = _buffer.AsSpan(_start + from, (int)reader.BytesConsumed - from).ToArray();
                    Advance(ref reader);
                    TokenType = JsonTokenType.None;
                    return raw;
                }
            }
            if (_final) throw new JsonException("the document ends inside a value");
            Refill();
        }
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Refill()
    {
        var kept = _end - _start;
        if (kept == _buffer.Length)
        {
            if (_buffer.Length >= MaxWindow) throw new JsonException($"a JSON value larger than {MaxWindow >> 20} MiB");
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, kept).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else if (_start > 0) _buffer.AsSpan(_start, kept).CopyTo(_buffer);
        _start = 0;
        _end = kept;
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        ArrayPool<char>.Shared.Return(_chars);
    }
}
