using GeoPlan.Interchange.Reading;

namespace GeoPlan.Interchange.Tests;

/// <summary>Reads every feature of a file, the way the importer does.</summary>
internal static class SourceFeatures
{
    /// <summary>Opens <paramref name="path"/> by its extension and reads all its features.</summary>
    public static List<SourceFeature> ReadAll(string path, FeatureSourceOptions? options = null)
    {
        using var source = FeatureSources.Open(path, options ?? new FeatureSourceOptions());
        return [.. source.ReadFeatures()];
    }
}
