using NetTopologySuite.Geometries;

namespace GeoPlan.Core;

/// <summary>Facts about the Shenyang modern metropolitan area that checks and defaults rely on.</summary>
public static class MetropolitanArea
{
    /// <summary>A lon/lat box holding all eight member units (沈阳、鞍山、抚顺、本溪、阜新、辽阳、铁岭、沈抚示范区) with a margin.</summary>
    public static Envelope Bounds { get; } = new(120.5, 126.0, 39.5, 44.0);
}
