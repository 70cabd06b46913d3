using Xunit;

namespace GeoPlan.Testing;

/// <summary>The PostgreSQL server tests may use, named by GEOPLAN_TEST_PG; without it tests skip on a laptop and fail in CI.</summary>
public static class TestPostGis
{
    /// <summary>The environment variable holding an Npgsql connection string to a server with PostGIS.</summary>
    public const string Variable = "GEOPLAN_TEST_PG";

    /// <summary>The connection string, or null when none is set.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string; skips the test (or fails it in CI) when none is set.</summary>
    public static string Require()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        const string HowTo = "set GEOPLAN_TEST_PG or run tools/test.sh, which starts a throwaway PostGIS";
        if (ExternalTool.InCi)
        {
            throw new InvalidOperationException($"CI=true and no PostGIS for its tests: {HowTo}");
        }

        Skip.If(true, $"PostGIS tests skipped: {HowTo}");
        return "";
    }
}
