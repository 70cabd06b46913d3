using System.CommandLine;
using GeoPlan.Core.Storage;
using GeoPlan.Storage.GeoPackage;
using GeoPlan.Storage.PostGis;

namespace GeoPlan.Cli.Commands;

/// <summary>The options that name the store a command works on: PostGIS with <c>--pg</c>, or the embedded GeoPackage store.</summary>
internal sealed class StoreOptions
{
    /// <summary>The PostGIS connection string.</summary>
    public Option<string> PostGis { get; } = PostGisOption.Create(required: false);

    /// <summary>A GeoPackage store other than the server's.</summary>
    public Option<FileInfo?> GeoPackage { get; } = new("--gpkg")
    {
        Description = "Use this GeoPackage store (default: the server's, data/geoplan.gpkg beside geodata/, built from geodata/ when missing or stale)",
    };

    /// <summary>The geodata directory the server's store is built from.</summary>
    public Option<DirectoryInfo?> Geodata { get; } = GeodataOption.Create();

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(PostGis);
        command.Options.Add(GeoPackage);
        command.Options.Add(Geodata);
    }

    /// <summary>Opens the store the options name, for writing when <paramref name="write"/>; null (with a message) when they name none.</summary>
    public OpenedStore? Open(ParseResult parse, bool write, TextWriter error)
    {
        if (parse.GetValue(PostGis) is { } connectionString)
        {
            if (parse.GetValue(GeoPackage) is not null)
            {
                error.WriteLine("error: give --pg or --gpkg, not both: they name the store to use");
                return null;
            }

            var dataSource = PostGisDataSource.Create(connectionString);
            var store = new PostGisFeatureStore(dataSource);
            return new OpenedStore(store, store, dataSource);
        }

        var access = write ? GeoPackageAccess.ReadWrite : GeoPackageAccess.ReadOnly;
        if (parse.GetValue(GeoPackage) is { } file)
        {
            var named = GeoPackageBuild.OpenCurrent(null, file.FullName, access);
            return new OpenedStore(named, named, null);
        }

        var geodata = GeodataOption.Resolve(parse.GetValue(Geodata), error);
        if (geodata is null)
        {
            return null;
        }

        var path = GeoPackageBuild.DefaultPath(geodata);
        var embedded = GeoPackageBuild.OpenCurrent(geodata, path, access, () => error.WriteLine($"building {path} from {geodata.Path}"));
        return new OpenedStore(embedded, embedded, null);
    }
}
