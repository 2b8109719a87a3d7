using System.IO.Compression;
using System.Text;
using OsuScale.Campaigns;

namespace OsuScale.Ingest.Parsing;

/// <summary>
/// Opens an input for reading and looks at its first bytes without seeking, so pipes, <c>&lt;(cat f)</c> and standard
/// input (<c>-</c>) work like files: the bytes looked at are replayed in front of the rest of the stream. Refuses what
/// cannot be a log, naming the file: an empty input, binary data, or a compressed file other than gzip (gzip is read
/// through, transparently).
/// </summary>
internal static class InputSource
{
    /// <summary>The name that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How many bytes are looked at to decide what an input is.</summary>
    public const int HeadBytes = 8192;

    /// <summary>An input ready to read: the stream (positioned at its start) and the text of its first bytes.</summary>
    public sealed record Opened(Stream Stream, string Head, Encoding Encoding) : IDisposable
    {
        public void Dispose() => Stream.Dispose();
    }

    /// <summary>Opens a path (or <c>-</c> for standard input).</summary>
    /// <exception cref="OsuParseException">No such file, unreadable, empty, binary or compressed in a way not read.</exception>
    public static Opened Open(string path)
    {
        Stream stream;
        try
        {
            stream = path == StandardInput
                ? Console.OpenStandardInput()
                : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), "no such file", null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OsuParseException(new SourceLocation(path, 0), $"cannot read: {e.Message}", null, e);
        }
        try
        {
            return Inspect(stream, path, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Looks at the start of a stream that is already open; <paramref name="leaveOpen"/> keeps it open when the result is disposed.</summary>
    /// <exception cref="OsuParseException">Empty, binary or compressed in a way not read, or the stream fails.</exception>
    public static Opened Inspect(Stream stream, string label, bool leaveOpen)
    {
        var (head, replay) = Peek(stream, label, leaveOpen);
        if (head.Length == 0) throw new OsuParseException(new SourceLocation(label, 0), "empty input: nothing to read");
        if (head is [0x1f, 0x8b, ..])
        {
            var inflated = new GZipStream(replay, CompressionMode.Decompress);
            var (inner, innerReplay) = Peek(inflated, label, leaveOpen: false);
            if (inner.Length == 0) throw new OsuParseException(new SourceLocation(label, 0), "empty input: a gzip file holding nothing");
            return Check(inner, innerReplay, label, " (inside its gzip compression)");
        }
        return Check(head, replay, label, "");
    }

    private static Opened Check(byte[] head, Stream replay, string label, string where)
    {
        // UTF-16 with a byte order mark (PowerShell's "kubectl logs > f") is text: StreamReader decodes it.
        Encoding encoding = head switch
        {
            [0xff, 0xfe, ..] => Encoding.Unicode,
            [0xfe, 0xff, ..] => Encoding.BigEndianUnicode,
            _ => new UTF8Encoding(false),
        };
        if (encoding is UTF8Encoding) return CheckUtf8(head, replay, label, where, encoding);
        var decoded = encoding.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return new Opened(replay, decoded, encoding);
    }

    private static Opened CheckUtf8(byte[] head, Stream replay, string label, string where, Encoding encoding)
    {
        if (Compression(head) is { } kind)
            throw new OsuParseException(new SourceLocation(label, 0), $"{kind}-compressed input{where}: decompress it first (gzip is read directly)");
        if (LooksBinary(head, out var suspicious))
            throw new OsuParseException(new SourceLocation(label, 0),
                $"binary data{where}, not a text log: {suspicious} of its first {head.Length} bytes are NUL, control characters or not UTF-8");
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0 && head.Length < HeadBytes)
            throw new OsuParseException(new SourceLocation(label, 0), $"empty input{where}: only blank lines");
        return new Opened(replay, text, encoding);
    }

    private static (byte[] Head, Stream Replay) Peek(Stream stream, string label, bool leaveOpen)
    {
        try
        {
            var buffer = new byte[HeadBytes];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var head = buffer.AsSpan(0, read).ToArray();
            return (head, new ReplayStream(head, stream, leaveOpen));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or UnauthorizedAccessException)
        {
            throw new OsuParseException(new SourceLocation(label, 0), $"cannot read: {e.Message}", null, e);
        }
    }

    private static string? Compression(ReadOnlySpan<byte> head) => head switch
    {
        [0x28, 0xb5, 0x2f, 0xfd, ..] => "zstd",
        [0xfd, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, ..] => "xz",
        [(byte)'B', (byte)'Z', (byte)'h', ..] => "bzip2",
        [(byte)'P', (byte)'K', 3, 4, ..] => "zip",
        [0x04, 0x22, 0x4d, 0x18, ..] => "lz4",
        [(byte)'7', (byte)'z', 0xbc, 0xaf, 0x27, 0x1c, ..] => "7z",
        _ => null,
    };

    /// <summary>
    /// True when more than a tenth of the first bytes are NUL, C0 control characters (other than tab, line feed,
    /// carriage return, form feed, vertical tab, backspace and escape) or bytes of invalid UTF-8: random bytes score
    /// about half, a log with a few damaged lines far below a tenth.
    /// </summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> head, out int suspicious)
    {
        suspicious = 0;
        var i = 0;
        while (i < head.Length)
        {
            var b = head[i];
            if (b < 0x80)
            {
                if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0c and not 0x0b and not 0x08 and not 0x1b) suspicious++;
                i++;
                continue;
            }
            var length = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
            if (b >= 0xf5) length = 0;
            if (length == 0)
            {
                suspicious++;
                i++;
                continue;
            }
            if (i + length > head.Length) break; // cut at the end of the head: not counted
            var valid = true;
            for (var k = 1; k < length; k++) valid &= (head[i + k] & 0xc0) == 0x80;
            if (valid) i += length;
            else
            {
                suspicious++;
                i++;
            }
        }
        return suspicious * 10 > head.Length;
    }

    /// <summary>A read-only stream that gives back bytes already read, then the rest of the inner stream.</summary>
    private sealed class ReplayStream(byte[] head, Stream inner, bool leaveOpen) : Stream
    {
        private int _pos;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_pos < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - _pos);
                head.AsSpan(_pos, n).CopyTo(buffer);
                _pos += n;
                return n;
            }
            return inner.Read(buffer);
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !leaveOpen) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
