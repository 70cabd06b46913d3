using System.Globalization;
using Npgsql;
using NpgsqlTypes;

// Usage: StAsMvtPeer --urls http://127.0.0.1:PORT --pg "Host=...;Port=...;Username=...;Database=...;Maximum Pool Size=N"
// Answers GET /plots/{z}/{x}/{y} with the tile PostGIS makes for layers.plots (the same properties GeoPlan's tiles carry),
// 204 when it is empty. Each pooled connection prepares the query once; there is no cache, so every request is cold.
const string Sql = """
    SELECT ST_AsMVT(t, 'plots', 4096, 'geom') FROM (
      SELECT id, name_zh, name_en, status, open_year, target_year, accuracy_m, land_use, approved_year, plot_ratio, heritage,
             ST_AsMVTGeom(ST_Transform(geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom
      FROM layers.plots
      WHERE geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326)) t
    """;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration["pg"] ?? throw new InvalidOperationException("--pg CONNECTION_STRING is required");
await using var dataSource = NpgsqlDataSource.Create(connectionString);

var app = builder.Build();
app.MapGet("/plots/{z}/{x}/{y}", async context =>
{
    var values = context.Request.RouteValues;
    if (!int.TryParse(values["z"] as string, CultureInfo.InvariantCulture, out var z) ||
        !int.TryParse(values["x"] as string, CultureInfo.InvariantCulture, out var x) ||
        !int.TryParse(values["y"] as string, CultureInfo.InvariantCulture, out var y))
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return;
    }

    byte[] tile;
    await using (var connection = await dataSource.OpenConnectionAsync(context.RequestAborted).ConfigureAwait(false))
    await using (var command = new NpgsqlCommand(Sql, connection))
    {
        command.Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = z });
        command.Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = x });
        command.Parameters.Add(new NpgsqlParameter<int> { NpgsqlDbType = NpgsqlDbType.Integer, TypedValue = y });
        // A no-op once this physical connection has prepared the statement.
        await command.PrepareAsync(context.RequestAborted).ConfigureAwait(false);
        tile = await command.ExecuteScalarAsync(context.RequestAborted).ConfigureAwait(false) as byte[] ?? [];
    }

    if (tile.Length == 0)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return;
    }

    context.Response.ContentType = "application/vnd.mapbox-vector-tile";
    context.Response.ContentLength = tile.Length;
    await context.Response.Body.WriteAsync(tile, context.RequestAborted).ConfigureAwait(false);
});
await app.RunAsync().ConfigureAwait(false);
