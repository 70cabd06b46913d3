using GeoPlan.Core.Model;
using NetTopologySuite.Geometries;

namespace GeoPlan.Interchange.Writing;

/// <summary>Fits a feature's geometry to its layer's geometry type: a single part becomes a one-part multi geometry where the layer
/// is of the multi type; any other mismatch is an error naming the feature.</summary>
internal static class ExportGeometry
{
    /// <summary>The geometry as the layer's type, or an <see cref="ExportException"/>.</summary>
    public static Geometry Fit(LayerInfo layer, PlanFeature feature)
    {
        var geometry = feature.Geometry;
        var factory = geometry.Factory;
        return (layer.GeometryType, geometry) switch
        {
            (OgcGeometryType.Point, Point) or (OgcGeometryType.MultiPoint, MultiPoint) => geometry,
            (OgcGeometryType.LineString, LineString) or (OgcGeometryType.MultiLineString, MultiLineString) => geometry,
            (OgcGeometryType.Polygon, Polygon) or (OgcGeometryType.MultiPolygon, MultiPolygon) => geometry,
            (OgcGeometryType.MultiPoint, Point p) => factory.CreateMultiPoint([p]),
            (OgcGeometryType.MultiLineString, LineString l) => factory.CreateMultiLineString([l]),
            (OgcGeometryType.MultiPolygon, Polygon p) => factory.CreateMultiPolygon([p]),
            _ => throw new ExportException(
                $"feature '{feature.Id}' of '{layer.Id}' is a {geometry.GeometryType}, but the layer holds " +
                $"{layer.GeometryType} geometries; fix the feature's geometry in the store"),
        };
    }
}
