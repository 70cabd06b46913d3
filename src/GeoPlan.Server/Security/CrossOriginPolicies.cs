using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace GeoPlan.Server.Security;

/// <summary>Makes the service's CORS policy from <see cref="CrossOriginOptions"/>: reads from anywhere while no origin is listed, else
/// reads and writes from the listed origins only.</summary>
public sealed class CrossOriginPolicies(IOptions<CrossOriginOptions> settings) : IConfigureOptions<CorsOptions>
{
    private static readonly string[] ReadMethods = ["GET", "HEAD", "OPTIONS"];
    private static readonly string[] WriteMethods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] WriteHeaders = ["Authorization", "Content-Type", "If-Match"];
    private static readonly string[] ExposedHeaders = ["ETag", "Location"];

    /// <inheritdoc />
    public void Configure(CorsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var origins = settings.Value.Normalized().Origins;
        options.AddDefaultPolicy(policy =>
        {
            policy.WithExposedHeaders(ExposedHeaders);
            if (origins.Count == 0)
            {
                policy.AllowAnyOrigin().WithMethods(ReadMethods).AllowAnyHeader();
            }
            else
            {
                policy.WithOrigins([.. origins]).WithMethods(WriteMethods).WithHeaders(WriteHeaders);
            }
        });
    }
}
