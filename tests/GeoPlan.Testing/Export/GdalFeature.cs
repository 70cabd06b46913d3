using System.Text.Json;
using NetTopologySuite.Geometries;

namespace GeoPlan.Testing.Export;

/// <summary>A feature as GDAL read it from an exported file: its id, properties by the file's field names, geometry in WGS 84.</summary>
public sealed record GdalFeature(string? Id, IReadOnlyDictionary<string, JsonElement> Properties, Geometry Geometry);
