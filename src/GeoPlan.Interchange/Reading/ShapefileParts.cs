using System.IO.Compression;
using System.Text;

namespace GeoPlan.Interchange.Reading;

/// <summary>The files of one Shapefile (.shp, .shx, .dbf, .prj, .cpg), side by side in a directory or inside a zip archive.</summary>
internal sealed class ShapefileParts : IDisposable
{
    private readonly string _prefix;
    private readonly string _baseName;
    private readonly IReadOnlyDictionary<string, string> _files;
    private readonly ZipArchive? _zip;
    private readonly IReadOnlyDictionary<string, ZipArchiveEntry> _entries;

    private ShapefileParts(
        string prefix,
        string baseName,
        IReadOnlyDictionary<string, string> files,
        ZipArchive? zip,
        IReadOnlyDictionary<string, ZipArchiveEntry> entries)
    {
        _prefix = prefix;
        _baseName = baseName;
        _files = files;
        _zip = zip;
        _entries = entries;
    }

    /// <summary>The parts beside <paramref name="shpPath"/>, found whatever the case of their extensions.</summary>
    public static ShapefileParts Loose(string shpPath)
    {
        var full = Path.GetFullPath(shpPath);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"{full} does not exist", full);
        }

        var baseName = Path.GetFileNameWithoutExtension(full);
        var siblings = Directory.EnumerateFiles(
                Path.GetDirectoryName(full)!,
                baseName + ".*",
                new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false })
            .Where(f => string.Equals(Path.GetFileNameWithoutExtension(f), baseName, StringComparison.OrdinalIgnoreCase))
            .GroupBy(f => Path.GetExtension(f).ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        siblings[".shp"] = full;
        return new ShapefileParts("", baseName, siblings, null, new Dictionary<string, ZipArchiveEntry>());
    }

    /// <summary>The parts of the Shapefile in the zip archive <paramref name="zipPath"/>; <paramref name="layer"/> picks one.</summary>
    public static ShapefileParts Zipped(string zipPath, string? layer)
    {
        var zipName = Path.GetFileName(zipPath);
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new SourceFormatException(
                zipName, "file", $"is not a zip archive that can be read ({e.Message}); zip the Shapefile's files again.", e);
        }

        try
        {
            var shp = ChooseShp(zip, zipName, layer);
            var basePath = shp.FullName[..^4];
            var entries = zip.Entries
                .Where(e => e.FullName.Length == basePath.Length + 4 && e.FullName.StartsWith(basePath, StringComparison.OrdinalIgnoreCase))
                .GroupBy(e => Path.GetExtension(e.FullName).ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            entries[".shp"] = shp;
            return new ShapefileParts(zipName + "/", basePath, new Dictionary<string, string>(), zip, entries);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The part's name for messages: <c>roads.dbf</c>, or <c>plan.zip/roads.dbf</c> inside a zip.</summary>
    public string Name(string extension) =>
        _prefix + (!Has(extension) ? _baseName + extension
            : _zip is not null ? _entries[extension].FullName
            : Path.GetFileName(_files[extension]));

    /// <summary>True when the part is there.</summary>
    public bool Has(string extension) => _zip is not null ? _entries.ContainsKey(extension) : _files.ContainsKey(extension);

    /// <summary>Fails, saying what the part is for and how to supply it, when the part is missing.</summary>
    public void Require(string extension, string purpose)
    {
        if (!Has(extension))
        {
            throw new SourceFormatException(
                Name(extension),
                "file",
                $"is missing: {purpose}. Copy it together with the .shp (every file of the same name: .shp, .shx, .dbf, .prj, .cpg).");
        }
    }

    /// <summary>Opens a part that is there, to read from start to end.</summary>
    public ShapefilePartStream Open(string extension)
    {
        if (_zip is not null)
        {
            var entry = _entries[extension];
            return new ShapefilePartStream(entry.Open(), entry.Length);
        }

        var stream = new FileStream(_files[extension], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return new ShapefilePartStream(stream, stream.Length);
    }

    /// <summary>The text of a small part (.prj, .cpg) without surrounding white space, or null when it is missing or empty.</summary>
    public string? ReadText(string extension)
    {
        if (!Has(extension))
        {
            return null;
        }

        using var stream = _zip is not null ? _entries[extension].Open() : File.OpenRead(_files[extension]);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd().Trim();
        return text.Length == 0 ? null : text;
    }

    /// <inheritdoc />
    public void Dispose() => _zip?.Dispose();

    private static ZipArchiveEntry ChooseShp(ZipArchive zip, string zipName, string? layer)
    {
        // Archives made on macOS carry ._name resource forks under __MACOSX/; they are not Shapefiles.
        var shps = zip.Entries
            .Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase))
            .Where(e => !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) && !e.Name.StartsWith("._", StringComparison.Ordinal))
            .ToList();
        var names = string.Join(", ", shps.Select(LayerName));
        if (shps.Count == 0)
        {
            throw new SourceFormatException(
                zipName, "file", "holds no Shapefile (.shp file); zip the .shp together with its .shx, .dbf, .prj and .cpg files.");
        }

        if (layer is not null)
        {
            var matches = shps.Where(e => string.Equals(LayerName(e), layer, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileNameWithoutExtension(e.Name), layer, StringComparison.OrdinalIgnoreCase)).ToList();
            return matches.Count == 1
                ? matches[0]
                : throw new SourceFormatException(zipName, "file", matches.Count == 0
                    ? $"holds no Shapefile named '{layer}'; it holds: {names}."
                    : $"holds several Shapefiles named '{layer}': {string.Join(", ", matches.Select(LayerName))}; choose one by its path.");
        }

        return shps.Count == 1
            ? shps[0]
            : throw new SourceFormatException(
                zipName, "file", $"holds {shps.Count} Shapefiles: {names}; choose the one to read as the layer.");
    }

    private static string LayerName(ZipArchiveEntry shp) => shp.FullName[..^4];
}
