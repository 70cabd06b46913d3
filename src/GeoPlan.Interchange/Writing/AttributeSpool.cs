namespace GeoPlan.Interchange.Writing;

/// <summary>Attribute rows kept in a temporary file between the pass that reads the features and the one that writes them, so a format
/// whose header needs every value first (dBASE field widths) still uses memory that does not grow with the collection.</summary>
internal sealed class AttributeSpool(string path) : IDisposable
{
    private enum Tag : byte
    {
        Null,
        Text,
        Integer,
        Real,
        False,
        True,
    }

    private readonly BinaryWriter _writer = new(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024));

    /// <summary>The number of rows added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a row of string, long, double, bool or null values.</summary>
    public void Add(IReadOnlyList<object?> row)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case null:
                    _writer.Write((byte)Tag.Null);
                    break;
                case string text:
                    _writer.Write((byte)Tag.Text);
                    _writer.Write(text);
                    break;
                case long whole:
                    _writer.Write((byte)Tag.Integer);
                    _writer.Write(whole);
                    break;
                case double real:
                    _writer.Write((byte)Tag.Real);
                    _writer.Write(real);
                    break;
                case bool flag:
                    _writer.Write((byte)(flag ? Tag.True : Tag.False));
                    break;
                default:
                    throw new ArgumentException(
                        $"a {value.GetType().Name} value cannot be spooled; values are string, long, double, bool or null", nameof(row));
            }
        }

        Count++;
    }

    /// <summary>Closes the spool for writing and reads the rows back in order, each <paramref name="width"/> values long.</summary>
    public IEnumerable<object?[]> ReadBack(int width)
    {
        _writer.Dispose();
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024));
        var row = new object?[width];
        for (long r = 0; r < Count; r++)
        {
            for (var i = 0; i < width; i++)
            {
                row[i] = (Tag)reader.ReadByte() switch
                {
                    Tag.Null => null,
                    Tag.Text => reader.ReadString(),
                    Tag.Integer => reader.ReadInt64(),
                    Tag.Real => reader.ReadDouble(),
                    Tag.False => false,
                    Tag.True => true,
                    var tag => throw new InvalidDataException($"{path}: unknown value tag {tag} in row {r + 1}"),
                };
            }

            yield return row;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
