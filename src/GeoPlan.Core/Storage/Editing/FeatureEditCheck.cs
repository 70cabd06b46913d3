using GeoPlan.Core.Model;
using GeoPlan.Core.Validation;
using NetTopologySuite.Geometries;

namespace GeoPlan.Core.Storage.Editing;

/// <summary>What every store checks and works out for an edit of one feature, so that all of them refuse the same edits with the same
/// words and announce the same changes.</summary>
public static class FeatureEditCheck
{
    /// <summary>The feature checked against its collection by the rules of an import (<see cref="CollectionWrite"/>), and its geometry
    /// for OGC validity; a geometry without an SRID comes back with 4326.</summary>
    /// <exception cref="ArgumentException">The feature cannot be stored; the message names the problem and the fix.</exception>
    public static PlanFeature Check(LayerInfo layer, PlanFeature feature)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(feature);
        if (feature.Layer != layer.Id)
        {
            throw new ArgumentException(
                $"the feature '{feature.Id}' names the collection '{feature.Layer}', not '{layer.Id}'", nameof(feature));
        }

        var checkedFeature = new CollectionWrite(layer, ImportMode.Append, AsyncEnumerable.Empty<PlanFeature>()).CheckFeature(feature);
        if (checkedFeature.Geometry.IsEmpty)
        {
            throw new ArgumentException($"the feature '{feature.Id}' has an empty geometry; give it coordinates", nameof(feature));
        }

        if (GeometryValidity.FindError(checkedFeature.Geometry) is { } error)
        {
            throw new ArgumentException(
                $"the feature '{feature.Id}' has an invalid geometry: {error.Message} at {error.Coordinate}; " +
                "fix the rings so they close and do not cross themselves or each other",
                nameof(feature));
        }

        return checkedFeature;
    }

    /// <summary>Requires a non-blank editor name: every change is attributed.</summary>
    /// <exception cref="ArgumentException">The name is missing or blank.</exception>
    public static void RequireEditor(string editor)
    {
        if (string.IsNullOrWhiteSpace(editor))
        {
            throw new ArgumentException("every change is attributed: give the editor's name", nameof(editor));
        }
    }

    /// <summary>The change to announce for an edit that moved a feature from <paramref name="before"/> to
    /// <paramref name="after"/>.</summary>
    public static FeatureChange Change(string collection, PlanFeature? before, PlanFeature? after) =>
        new(collection, before?.Geometry.EnvelopeInternal.Copy(), after?.Geometry.EnvelopeInternal.Copy());

    /// <summary>A collection's extent after a feature with <paramref name="removed"/>'s box left it and one with
    /// <paramref name="added"/>'s box joined it; <c>Known</c> is false when the store must measure it again (the feature that left
    /// may have touched its edge).</summary>
    public static (bool Known, Envelope? Extent) ExtentAfter(Envelope? extent, Envelope? removed, Envelope? added)
    {
        if (removed is not null && (extent is null || !StrictlyInside(removed, extent)))
        {
            return (false, null);
        }

        var result = extent?.Copy() ?? new Envelope();
        if (added is not null)
        {
            result.ExpandToInclude(added);
        }

        return (true, result.IsNull ? null : result);
    }

    private static bool StrictlyInside(Envelope inner, Envelope outer) =>
        inner.MinX > outer.MinX && inner.MaxX < outer.MaxX && inner.MinY > outer.MinY && inner.MaxY < outer.MaxY;
}
