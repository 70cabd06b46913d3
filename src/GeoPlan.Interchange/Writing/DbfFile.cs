using System.Buffers.Binary;
using System.Text;

namespace GeoPlan.Interchange.Writing;

/// <summary>Writes a dBASE III table (a Shapefile's .dbf) whose record count and column widths are known before the first record.</summary>
/// <remarks>Text is UTF-8, as the .cpg beside it says; the header's language driver byte stays 0 so readers go by the .cpg.</remarks>
internal sealed class DbfFile
{
    private const byte Version = 0x03;
    private const byte HeaderEnd = 0x0D;
    private const byte FileEnd = 0x1A;

    private readonly Stream _stream;
    private readonly IReadOnlyList<DbfColumn> _columns;
    private readonly byte[] _record;

    /// <summary>Writes the header for <paramref name="recordCount"/> records of <paramref name="columns"/>.</summary>
    public DbfFile(Stream stream, IReadOnlyList<DbfColumn> columns, long recordCount, DateTime date)
    {
        _stream = stream;
        _columns = columns;
        var recordSize = 1 + columns.Sum(c => c.Width);
        var headerSize = 32 + (32 * columns.Count) + 1;
        if (headerSize > ushort.MaxValue || recordSize > ushort.MaxValue || recordCount > uint.MaxValue)
        {
            throw new ExportException(
                $"a Shapefile's .dbf holds at most 65535 bytes of header and per record; this layer needs {headerSize} and {recordSize}: " +
                "export it as GeoPackage");
        }

        _record = new byte[recordSize];
        var header = new byte[headerSize];
        header[0] = Version;
        header[1] = (byte)(date.Year - 1900);
        header[2] = (byte)date.Month;
        header[3] = (byte)date.Day;
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)recordCount);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(8), (ushort)headerSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(10), (ushort)recordSize);
        for (var i = 0; i < columns.Count; i++)
        {
            var descriptor = header.AsSpan(32 + (32 * i), 32);
            Encoding.UTF8.GetBytes(columns[i].Name, descriptor[..DbfFieldNames.MaxBytes]);
            descriptor[11] = (byte)columns[i].Type;
            descriptor[16] = (byte)columns[i].Width;
            descriptor[17] = (byte)columns[i].Decimals;
        }

        header[^1] = HeaderEnd;
        _stream.Write(header);
    }

    /// <summary>Writes one record: a value per column, in column order.</summary>
    public void Write(IReadOnlyList<object?> values)
    {
        _record.AsSpan().Fill((byte)' ');
        var offset = 1;
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            Encoding.UTF8.GetBytes(column.Format(values[i]), _record.AsSpan(offset, column.Width));
            offset += column.Width;
        }

        _stream.Write(_record);
    }

    /// <summary>Writes the end-of-file mark.</summary>
    public void Finish() => _stream.WriteByte(FileEnd);
}
