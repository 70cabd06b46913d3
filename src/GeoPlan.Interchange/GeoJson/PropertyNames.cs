using System.Text.Json;

namespace GeoPlan.Interchange.GeoJson;

/// <summary>Property names read as strings made once each: a layer's features repeat the same few names a hundred thousand times.</summary>
public sealed class PropertyNames
{
    // Names beyond this many are new strings each time, so a file of ever-new names cannot grow the list without bound.
    private const int Limit = 256;

    private readonly List<(byte[] Utf8, string Name)> _names = [];
    private int _next;

    /// <summary>The property name the reader is on.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.GetString()!;
        }

        // Features list their properties in the same order, so the search starts after the name found last.
        var utf8 = reader.ValueSpan;
        for (var i = 0; i < _names.Count; i++)
        {
            var k = (_next + i) % _names.Count;
            if (utf8.SequenceEqual(_names[k].Utf8))
            {
                _next = k + 1;
                return _names[k].Name;
            }
        }

        var name = reader.GetString()!;
        if (_names.Count < Limit)
        {
            _names.Add((utf8.ToArray(), name));
            _next = _names.Count;
        }

        return name;
    }
}
