using System.Globalization;
using GeoPlan.Core.Crs;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;

namespace GeoPlan.Interchange.Writing;

/// <summary>The CRS an export writes in: how to get there from WGS 84, and how many decimals keep a millimetre.</summary>
/// <remarks>
/// Every format here stores easting (longitude) first, whatever the authority's axis order: GeoPackage and Shapefile by their
/// specifications, GeoJSON, CSV and KML as GDAL reads and writes them. So EPSG:4326 and EPSG:4490 are written longitude first too.
/// </remarks>
internal sealed class ExportCrs
{
    // A millimetre is about 1e-8 degrees; nine decimals keep a tenth of that, three decimals of a metre keep it exactly.
    private const int DegreeDecimals = 9;
    private const int MetreDecimals = 3;

    private readonly CrsTransform? _fromLonLat;

    public ExportCrs(CrsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        _fromLonLat = IsWgs84LonLat(definition) ? null : new CrsTransform(CrsRegistry.Crs84, definition with { LatitudeFirst = false });
        Decimals = definition.System is ProjectedCoordinateSystem ? MetreDecimals : DegreeDecimals;
    }

    /// <summary>The CRS as the registry defines it.</summary>
    public CrsDefinition Definition { get; }

    /// <summary>Decimals written for a coordinate in text formats.</summary>
    public int Decimals { get; }

    /// <summary>True when coordinates are written as stored: WGS 84 longitude, latitude.</summary>
    public bool IsWgs84 => _fromLonLat is null;

    /// <summary>The organisation and number of the CRS, e.g. (<c>EPSG</c>, 4550); CRS84 is EPSG 4326 with longitude first.</summary>
    public (string Organization, int Code) Authority
    {
        get
        {
            var colon = Definition.Code.IndexOf(':', StringComparison.Ordinal);
            var number = colon > 0 ? Definition.Code.AsSpan(colon + 1) : [];
            return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                ? (Definition.Code[..colon].ToUpperInvariant(), code)
                : ("EPSG", Definition.Srid);
        }
    }

    /// <summary>True for WGS 84 with longitude and latitude in degrees (CRS84, EPSG:4326).</summary>
    public static bool IsWgs84LonLat(CrsDefinition crs) =>
        crs.Srid == 4326 && crs.System is GeographicCoordinateSystem;

    /// <summary>The geometry in this CRS, easting first; the input is not changed.</summary>
    public Geometry Project(Geometry lonLat)
    {
        if (_fromLonLat is null)
        {
            return lonLat;
        }

        return _fromLonLat.Apply(lonLat);
    }

    /// <summary>A coordinate as text with <see cref="Decimals"/> decimals at most, invariant.</summary>
    public string Format(double value) =>
        Math.Round(value, Decimals, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture);
}
