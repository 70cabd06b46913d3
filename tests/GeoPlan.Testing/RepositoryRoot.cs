namespace GeoPlan.Testing;

/// <summary>The checkout the tests run in: the nearest directory above them holding GeoPlan.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The checkout's root directory.</summary>
    public static string Path { get; } = Find();

    /// <summary>The npm packages the tests use as clients and reference data, installed by <c>npm ci --prefix tools/clients</c>.</summary>
    public static string ClientPackages => System.IO.Path.Combine(Path, "tools", "clients", "node_modules");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "GeoPlan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"no GeoPlan.sln above {AppContext.BaseDirectory}; tests run inside a GeoPlan checkout");
    }
}
