using GeoPlan.Core.Security;
using GeoPlan.Testing;

namespace GeoPlan.Server.Tests.Editing;

/// <summary>The service on the bundled data, with clients that may edit features.</summary>
internal sealed class FeatureWritingApp(string geoPackage) : GeoPlanApp(BundledGeodata.Directory.Path, geoPackage)
{
    /// <summary>The name of the token <see cref="CreateEditorAsync"/> sends, which changes are recorded by.</summary>
    public const string Editor = "planner.li";

    /// <summary>A client with an editor's token named <see cref="Editor"/>.</summary>
    public Task<HttpClient> CreateEditorAsync() => AccessTokens.CreateAsync(this, AccessRole.Editor, Editor);
}
