using System.CommandLine;
using System.Globalization;
using GeoPlan.Core.Model;
using GeoPlan.Core.Storage;
using GeoPlan.Interchange.Import;
using GeoPlan.Interchange.Reading;

namespace GeoPlan.Cli.Commands;

/// <summary>The arguments of <c>geoplan import</c> and their reading into an <see cref="ImportRequest"/>.</summary>
internal sealed class ImportOptions
{
    private readonly Argument<FileInfo> _file = new("file") { Description = $"The file to import: {FeatureSources.Supported}" };
    private readonly Option<string> _collection = new("--collection", "-c") { Description = "The collection to fill, e.g. parks; created when missing", Required = true };
    private readonly Option<string?> _crs = new("--crs") { Description = "The CRS of the coordinates when the file does not state it, or states it wrongly, e.g. EPSG:4550 or GCJ-02" };
    private readonly Option<bool> _replace = new("--replace") { Description = "Replace the features (and fields) of an existing collection" };
    private readonly Option<bool> _append = new("--append") { Description = "Add the features to an existing collection, whose fields they must fit" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Check everything and report what would happen, writing nothing" };
    private readonly Option<string?> _layer = new("--layer") { Description = "The table of a GeoPackage, the Shapefile in a zip, or the OpenStreetMap layer: roads, railways or stations" };
    private readonly Option<string?> _encoding = new("--encoding") { Description = "The text encoding when the file does not state it, e.g. GBK for a Shapefile without .cpg" };
    private readonly Option<string?> _status = new("--status") { Description = "The status of features the file gives none: operating, under_construction, planned or proposed" };
    private readonly Option<double?> _accuracy = new("--accuracy-m") { Description = "How far, in metres, features the file gives no accuracy_m may be from the truth" };
    private readonly Option<string?> _source = new("--source") { Description = "The provenance of features the file gives no source (default: the file's name)" };
    private readonly Option<string?> _titleZh = new("--title-zh") { Description = "The Chinese title of a collection the import creates" };
    private readonly Option<string?> _titleEn = new("--title-en") { Description = "The English title of a collection the import creates" };

    /// <summary>Adds the arguments to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _collection, _crs, _replace, _append, _dryRun, _layer, _encoding, _status, _accuracy, _source, _titleZh, _titleEn })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The request the arguments make, or null after saying on <paramref name="error"/> what is wrong with them.</summary>
    public ImportRequest? Read(ParseResult parse, TextWriter error)
    {
        if (parse.GetValue(_replace) && parse.GetValue(_append))
        {
            error.WriteLine("error: give --replace or --append, not both");
            return null;
        }

        FeatureStatus? status = null;
        if (parse.GetValue(_status) is { } statusText)
        {
            if (!WireName.TryParse(statusText, out FeatureStatus parsed))
            {
                error.WriteLine($"error: --status '{statusText}' is not one of {string.Join(", ", WireName.All<FeatureStatus>())}");
                return null;
            }

            status = parsed;
        }

        System.Text.Encoding? encoding = null;
        if (parse.GetValue(_encoding) is { } encodingName && (encoding = EncodingNames.Find(encodingName)) is null)
        {
            error.WriteLine($"error: --encoding '{encodingName}' is not an encoding GeoPlan knows; try UTF-8, GBK or GB18030");
            return null;
        }

        if (parse.GetValue(_accuracy) is { } accuracy && !(accuracy >= 0 && double.IsFinite(accuracy)))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: --accuracy-m must be a number of metres of 0 or more; got {accuracy}"));
            return null;
        }

        return new ImportRequest
        {
            Path = parse.GetValue(_file)!.FullName,
            Collection = parse.GetValue(_collection)!,
            Mode = parse.GetValue(_replace) ? ImportMode.Replace : parse.GetValue(_append) ? ImportMode.Append : null,
            Crs = parse.GetValue(_crs),
            DryRun = parse.GetValue(_dryRun),
            SourceOptions = new FeatureSourceOptions { Layer = parse.GetValue(_layer), Encoding = encoding },
            Status = status,
            AccuracyM = parse.GetValue(_accuracy),
            Source = parse.GetValue(_source),
            TitleZh = parse.GetValue(_titleZh),
            TitleEn = parse.GetValue(_titleEn),
        };
    }
}
