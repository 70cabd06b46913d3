using System.Globalization;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Validation;
using GeoPlan.Interchange.Reading;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace GeoPlan.Interchange.Import;

/// <summary>Turns a file's features into plan features: coordinates to WGS 84, geometry checked and repaired, common fields found.</summary>
/// <remarks>Needs nothing from other features; ids are made from the collection, the file's name and the feature's position.</remarks>
internal sealed class FeatureConverter
{
    // How far beyond its stated area of use a CRS's coordinates may still be meant: a zone's data often runs into the next one.
    private const double AreaMargin = 1.5;

    private readonly ImportRequest _request;
    private readonly CrsDefinition _crs;
    private readonly CrsTransform? _toWgs84;
    private readonly Envelope _area;
    private readonly string _idPrefix;
    private readonly string _source;

    public FeatureConverter(ImportRequest request, CrsDefinition crs)
    {
        _request = request;
        _crs = crs;
        _toWgs84 = IsWgs84LonLat(crs) ? null : new CrsTransform(crs, CrsRegistry.Crs84);
        _area = new Envelope(crs.AreaOfUse);
        _area.ExpandBy(AreaMargin);
        var file = Path.GetFileName(request.Path);
        _idPrefix = $"{request.Collection}-{Path.GetFileNameWithoutExtension(file)}-";
        _source = request.Source ?? $"imported from {file}";
    }

    /// <summary>The plan feature for the file's <paramref name="index"/>-th feature (0-based), or why there is none.</summary>
    public ConvertedFeature Convert(SourceFeature source, long index)
    {
        if (source.AttributeProblem is { } attributeProblem)
        {
            return new ConvertedFeature(null, attributeProblem, null);
        }

        if (source.Geometry is not { IsEmpty: false } read)
        {
            return new ConvertedFeature(null, source.GeometryProblem ?? "the feature has no geometry", null);
        }

        if (FirstBadCoordinate(read) is { } bad)
        {
            return new ConvertedFeature(null, bad, null);
        }

        // The source hands over its geometry: kept as it is when already in WGS 84 longitude/latitude.
        var geometry = _toWgs84 is null ? read : _toWgs84.Apply(read);
        geometry.SRID = 4326;
        if (OutsideArea(geometry) is { } outside)
        {
            return new ConvertedFeature(null, outside, null);
        }

        string? repair = null;
        if (GeometryValidity.FindError(geometry) is { } error)
        {
            var fixedGeometry = GeometryFixer.Fix(geometry);
            if (fixedGeometry.IsEmpty || fixedGeometry.Dimension != geometry.Dimension)
            {
                return new ConvertedFeature(null, $"the geometry is invalid ({error.Message} at {Point(error.Coordinate)}) and repairing it leaves nothing of its kind", null);
            }

            repair = $"repaired an invalid geometry: {error.Message} at {Point(error.Coordinate)}";
            geometry = fixedGeometry;
            geometry.SRID = 4326;
        }

        var (feature, problem) = Fields(source, index, geometry);
        return new ConvertedFeature(feature, problem, feature is null ? null : repair);
    }

    private (PlanFeature? Feature, string? Problem) Fields(SourceFeature source, long index, Geometry geometry)
    {
        var attributes = source.Attributes;
        var id = source.Id ?? IdAttribute(attributes) ?? _idPrefix + (index + 1).ToString(CultureInfo.InvariantCulture);
        FeatureStatus status;
        if (CommonFields.Text(attributes, ["status"]) is { } statusText)
        {
            if (!CommonFields.TryStatus(statusText, out status))
            {
                return (null, $"status '{statusText}' is not one of {CommonFields.StatusChoices}");
            }
        }
        else if (_request.Status is { } given)
        {
            status = given;
        }
        else
        {
            return (null, $"the feature has no 'status'; add one ({CommonFields.StatusChoices}) or say which all features have with --status");
        }

        if (!TryYear(attributes, "open_year", out var openYear, out var yearProblem) ||
            !TryYear(attributes, "target_year", out var targetYear, out yearProblem))
        {
            return (null, yearProblem);
        }

        double accuracy;
        if (attributes.TryGetValue("accuracy_m", out var accuracyValue) && accuracyValue is not null)
        {
            if (accuracyValue is not (long or double) || System.Convert.ToDouble(accuracyValue, CultureInfo.InvariantCulture) is not (>= 0 and var metres) ||
                !double.IsFinite(metres))
            {
                return (null, $"accuracy_m '{accuracyValue}' is not a number of metres of 0 or more");
            }

            accuracy = metres;
        }
        else if (_request.AccuracyM is { } givenAccuracy)
        {
            accuracy = givenAccuracy;
        }
        else
        {
            return (null, "the feature has no 'accuracy_m' (how far, in metres, its geometry may be from the truth); add one or give it for all with --accuracy-m");
        }

        var own = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (!CommonFields.Consumed.Contains(name))
            {
                own[name] = value;
            }
        }

        return (new PlanFeature
        {
            Id = id,
            Layer = _request.Collection,
            Geometry = geometry,
            // A road network has many unnamed segments: a feature without a name keeps an empty one, counted in the report.
            NameZh = CommonFields.Text(attributes, CommonFields.NameZh) ?? "",
            NameEn = CommonFields.Text(attributes, CommonFields.NameEn) ?? "",
            Status = status,
            OpenYear = openYear,
            TargetYear = targetYear,
            Source = CommonFields.Text(attributes, ["source"]) ?? _source,
            AccuracyM = accuracy,
            Attributes = own,
        }, null);
    }

    private static string? IdAttribute(IReadOnlyDictionary<string, object?> attributes) =>
        attributes.TryGetValue("id", out var value) && value is string or long && System.Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } id
            ? id
            : null;

    private static bool TryYear(IReadOnlyDictionary<string, object?> attributes, string name, out int? year, out string? problem)
    {
        year = null;
        problem = null;
        if (!attributes.TryGetValue(name, out var value) || value is null)
        {
            return true;
        }

        if (value is long whole and >= 1900 and <= 2100)
        {
            year = (int)whole;
            return true;
        }

        problem = $"{name} '{value}' is not a year from 1900 to 2100";
        return false;
    }

    private static string? FirstBadCoordinate(Geometry geometry)
    {
        foreach (var c in geometry.Coordinates)
        {
            if (!double.IsFinite(c.X) || !double.IsFinite(c.Y))
            {
                return $"the coordinate ({c.X}, {c.Y}) is not a number";
            }
        }

        return null;
    }

    private string? OutsideArea(Geometry lonLat)
    {
        var box = lonLat.EnvelopeInternal;
        if (_area.Contains(box))
        {
            return null;
        }

        var corner = _area.Contains(box.MinX, box.MinY) ? new Coordinate(box.MaxX, box.MaxY) : new Coordinate(box.MinX, box.MinY);
        return $"the coordinates reach {Point(corner)} (longitude, latitude), outside where {_crs.Code} is used " +
            $"({Point(new Coordinate(_crs.AreaOfUse.MinX, _crs.AreaOfUse.MinY))} to {Point(new Coordinate(_crs.AreaOfUse.MaxX, _crs.AreaOfUse.MaxY))}); " +
            "is the CRS right, and are the axes in the right order?";
    }

    private static bool IsWgs84LonLat(CrsDefinition crs) =>
        crs.Srid == 4326 && !crs.LatitudeFirst && crs.Offset is null && crs.System is ProjNet.CoordinateSystems.GeographicCoordinateSystem;

    private static string Point(Coordinate c) => string.Create(CultureInfo.InvariantCulture, $"({c.X:0.######} {c.Y:0.######})");
}
