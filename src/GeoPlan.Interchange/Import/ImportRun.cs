using System.Threading.Channels;
using GeoPlan.Core.Model;
using GeoPlan.Interchange.Reading;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Import;

/// <summary>One pass of an import over its file: converts each feature, checks it against the schema, and keeps the report's lines.</summary>
internal sealed class ImportRun(ImportRequest request, IFeatureSource source, ImportSchema schema)
{
    // Ids are checked here, with their position, for this many features (about 150 MB at most); past them the store's own check of
    // repeated ids still refuses the write, so memory stays bounded however large the file.
    private const int IdsChecked = 2_000_000;

    private readonly List<ImportNote> _problems = [];
    private readonly List<ImportNote> _repairs = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private FeatureConverter? _converter;
    private string? _crs;
    private long _problemCount;
    private long _read;
    private long _idsMade;
    private long _unnamed;

    /// <summary>The schema, learnt further when the file needs it.</summary>
    public ImportSchema Schema => schema;

    /// <summary>True when a feature needed a wider schema than the pass began with, so the file must be written again.</summary>
    public bool Widened { get; private set; }

    /// <summary>True when a problem was found.</summary>
    public bool Failed => _problemCount > 0;

    /// <summary>True when the file could not be read on: its CRS is unknown, or a part of it is malformed.</summary>
    public bool Unreadable { get; private set; }

    /// <summary>Adds a problem from outside the file's features, such as a store's refusal.</summary>
    public void AddProblem(string message) => Problem(null, message);

    /// <summary>Learns the schema from the first <paramref name="count"/> features; problems are left for the writing pass to report.</summary>
    public void Sample(int count, CancellationToken ct)
    {
        foreach (var (feature, _) in Features(ct).Take(count))
        {
            if (feature is not null)
            {
                schema.Learn(feature);
            }
        }
    }

    /// <summary>Hands every feature that fits to <paramref name="output"/>, and completes it with <see cref="ImportStoppedException"/>
    /// at the first problem or misfit, reading on to find every problem and the schema the whole file needs.</summary>
    public void Write(ChannelWriter<PlanFeature> output, int pass, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var handing = true;
        try
        {
            foreach (var (feature, position) in Features(ct))
            {
                if (_read % 1000 == 0)
                {
                    progress?.Report(new ImportProgress(_read, source.Progress, pass));
                }

                if (feature is null)
                {
                    handing = Stop(output, handing);
                    continue;
                }

                if (_ids.Count < IdsChecked && !_ids.Add(feature.Id))
                {
                    Problem(position, $"the id '{feature.Id}' appears earlier in the file; ids must be unique");
                    handing = Stop(output, handing);
                    continue;
                }

                var fitted = handing && !Widened ? schema.Fit(feature, out var problem) : null;
                if (fitted is not null)
                {
                    if (!output.TryWrite(fitted))
                    {
                        output.WriteAsync(fitted, ct).AsTask().GetAwaiter().GetResult();
                    }

                    continue;
                }

                problem = schema.Learn(feature);
                if (problem is not null)
                {
                    Problem(position, problem);
                }
                else
                {
                    Widened = true;
                }

                handing = Stop(output, handing);
            }

            progress?.Report(new ImportProgress(_read, 1, pass));
            if (Failed)
            {
                // A problem found outside a feature (the CRS, a malformed part of the file) ends the write like any other.
                Stop(output, handing);
            }
            else if (handing)
            {
                output.TryComplete();
            }
        }
        catch (Exception e)
        {
            output.TryComplete(e);
            throw;
        }
    }

    /// <summary>The layer the store is to hold: the existing one's titles, or the request's, with the schema.</summary>
    public LayerInfo Layer(LayerInfo? existing) => new(
        request.Collection,
        existing?.TitleZh ?? request.TitleZh ?? request.Collection,
        existing?.TitleEn ?? request.TitleEn ?? request.Collection,
        existing?.Description ?? $"Imported from {Path.GetFileName(request.Path)}",
        schema.GeometryType ?? OgcGeometryType.GeometryCollection,
        schema.Fields,
        null,
        0);

    /// <summary>The report of this pass: what it read, repaired and found wrong.</summary>
    public ImportReport Report(ImportAction action, LayerInfo? existing, bool written) => new()
    {
        Collection = request.Collection,
        Format = source.Format,
        Crs = _crs,
        Action = action,
        DryRun = request.DryRun,
        Written = written && !Failed,
        FeaturesRead = _read,
        IdsMade = _idsMade,
        Unnamed = _unnamed,
        Layer = schema.GeometryType is null ? null : Layer(existing),
        Repairs = _repairs,
        Problems = _problems,
        ProblemCount = _problemCount,
    };

    // The file's features converted, each with its position; null for one with a problem (already recorded). Reading ends at a part of
    // the file that cannot be read, recorded as a problem too.
    private IEnumerable<(PlanFeature? Feature, string Position)> Features(CancellationToken ct)
    {
        using var features = source.ReadFeatures(ct).GetEnumerator();
        while (true)
        {
            SourceFeature read;
            try
            {
                if (!features.MoveNext())
                {
                    break;
                }

                read = features.Current;
            }
            catch (SourceFormatException e)
            {
                Problem(e.Position, e.Problem);
                Unreadable = true;
                yield break;
            }

            if (_converter is null && !DecideCrs())
            {
                Unreadable = true;
                yield break;
            }

            var converted = _converter!.Convert(read, _read);
            _read++;
            if (converted.Problem is not null)
            {
                Problem(read.Position, converted.Problem);
            }
            else if (converted.Repair is not null)
            {
                _repairs.Add(new ImportNote(read.Position, converted.Repair));
            }

            if (converted.Feature is { } feature)
            {
                _idsMade += read.Id is null && !read.Attributes.ContainsKey("id") ? 1 : 0;
                _unnamed += feature.NameZh.Length == 0 ? 1 : 0;
            }

            yield return (converted.Feature, read.Position);
        }

        if (_converter is null && _read == 0 && _problemCount == 0)
        {
            Problem(null, "the file holds no features");
            Unreadable = true;
        }
    }

    private bool DecideCrs()
    {
        var (crs, decision) = ImportCrs.Decide(request.Crs, source);
        if (crs is null)
        {
            Problem(null, decision);
            return false;
        }

        _crs = decision;
        _converter = new FeatureConverter(request, crs);
        return true;
    }

    private static bool Stop(ChannelWriter<PlanFeature> output, bool handing)
    {
        if (handing)
        {
            output.TryComplete(new ImportStoppedException());
        }

        return false;
    }

    // The reading thread and, in a dry run, the checking one both find problems.
    private void Problem(string? position, string message)
    {
        lock (_gate)
        {
            _problemCount++;
            if (_problems.Count < ImportReport.ListedProblems)
            {
                _problems.Add(new ImportNote(position, message));
            }
        }
    }
}
