using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Reading;

/// <summary>A feature as a file holds it: coordinates in the file's CRS and axis order, attributes as typed values, and where it was.</summary>
/// <param name="Id">The feature's own id when the format has one (GeoJSON id, OSM type and id); null otherwise.</param>
/// <param name="Geometry">The geometry in the file's CRS, or null when it could not be read (see <paramref name="GeometryProblem"/>).</param>
/// <param name="Attributes">Attribute values: string, long, double, bool or null, keyed by the file's field names.</param>
/// <param name="Position">Where the feature is in the file, for messages a person can act on, e.g. <c>line 12</c> or <c>record 7</c>.</param>
/// <param name="GeometryProblem">Why the geometry could not be read, when it could not.</param>
/// <param name="AttributeProblem">Why an attribute could not be read as text, number, boolean or null, when one could not.</param>
public sealed record SourceFeature(
    string? Id,
    Geometry? Geometry,
    IReadOnlyDictionary<string, object?> Attributes,
    string Position,
    string? GeometryProblem = null,
    string? AttributeProblem = null);
