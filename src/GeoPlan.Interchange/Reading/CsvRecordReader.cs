using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>
/// Splits CSV text into records as RFC 4180 says: fields split by a delimiter, quoted fields holding delimiters, line breaks and doubled
/// quotes, records ending in CRLF, LF or CR. Reads one record at a time through a fixed buffer.
/// </summary>
internal sealed class CsvRecordReader
{
    private const char Quote = '"';

    // Far longer than any value (a WKT polygon of a million vertices fits), short enough that a missing closing quote in a large file
    // is reported before the rest of the file is held in memory as one value.
    private const int MaxFieldLength = 1 << 26;
    private readonly TextReader _reader;
    private readonly string _file;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _next;
    private int _line = 1;

    /// <summary>Reads <paramref name="reader"/>, with the delimiter its first line uses; <paramref name="file"/> names it.</summary>
    public CsvRecordReader(TextReader reader, string file)
    {
        _reader = reader;
        _file = file;
        Fill();
        // A UTF-8 byte order mark is not part of the first column's name.
        if (_length > 0 && _buffer[0] == '\uFEFF')
        {
            _next = 1;
        }

        Delimiter = DetectDelimiter(_buffer.AsSpan(_next, _length - _next));
    }

    /// <summary>The field delimiter: a comma, or a semicolon or tab when the first line has more of those than commas.</summary>
    public char Delimiter { get; }

    /// <summary>The line on which the record last read starts (lines count from 1, and quoted line breaks count).</summary>
    public int RecordLine { get; private set; }

    /// <summary>The next record's fields, or null at the end of the text; blank lines hold no record and are passed over.</summary>
    /// <exception cref="SourceFormatException">A quoted field never ends, or text follows its closing quote.</exception>
    public List<string>? Read()
    {
        while (true)
        {
            if (Peek() < 0)
            {
                return null;
            }

            RecordLine = _line;
            if (TryEndLine())
            {
                continue;
            }

            var fields = new List<string>();
            while (true)
            {
                fields.Add(ReadField());
                var next = Peek();
                if (next == Delimiter)
                {
                    _next++;
                    continue;
                }

                if (next >= 0)
                {
                    TryEndLine();
                }

                return fields;
            }
        }
    }

    private string ReadField()
    {
        _field.Clear();
        if (Peek() != Quote)
        {
            for (var c = Peek(); c >= 0 && c != Delimiter && c != '\r' && c != '\n'; c = Peek())
            {
                _field.Append((char)c);
                _next++;
            }

            return _field.ToString();
        }

        var openedOn = _line;
        _next++;
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                throw new SourceFormatException(
                    _file,
                    $"line {openedOn}",
                    "a quoted field starts here but its closing quote is missing, so the rest of the file would be read as one value. "
                    + "Add the closing quote (\"), and double any quote inside the value (\"\").");
            }

            if (_field.Length == MaxFieldLength)
            {
                throw new SourceFormatException(
                    _file,
                    $"line {openedOn}",
                    $"a quoted field starts here and runs on for {MaxFieldLength:N0} characters; "
                    + "its closing quote (\") is probably missing.");
            }

            _next++;
            if (c == Quote)
            {
                if (Peek() != Quote)
                {
                    break;
                }

                _next++;
            }
            else if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                _line++;
            }

            _field.Append((char)c);
        }

        var after = Peek();
        if (after >= 0 && after != Delimiter && after != '\r' && after != '\n')
        {
            throw new SourceFormatException(
                _file,
                $"line {_line}",
                $"a quoted field is followed by '{(char)after}' before the next '{Describe(Delimiter)}'. "
                + "Put the whole value inside the quotes, doubling any quote inside it (\"\").");
        }

        return _field.ToString();
    }

    private bool TryEndLine()
    {
        var c = Peek();
        if (c is not ('\r' or '\n'))
        {
            return false;
        }

        _next++;
        if (c == '\r' && Peek() == '\n')
        {
            _next++;
        }

        _line++;
        return true;
    }

    private int Peek()
    {
        if (_next == _length)
        {
            Fill();
        }

        return _next < _length ? _buffer[_next] : -1;
    }

    private void Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _next = 0;
    }

    private static char DetectDelimiter(ReadOnlySpan<char> text)
    {
        var (commas, semicolons, tabs) = (0, 0, 0);
        var quoted = false;
        foreach (var c in text)
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static string Describe(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();
}
