using GeoPlan.Server.Hosting;

namespace GeoPlan.Server.Security;

/// <summary>The <c>GeoPlan:Cors</c> configuration section: which web pages on other hosts may call the API from a browser.</summary>
public sealed class CrossOriginOptions : ICheckedOptions
{
    /// <summary>The section's name in configuration.</summary>
    public const string Section = "GeoPlan:Cors";

    /// <summary>The origins (scheme, host and port, e.g. <c>https://maps.example.cn</c>) that may read and write; when empty, pages on
    /// any origin may read and none may write.</summary>
    public List<string> Origins { get; set; } = [];

    /// <inheritdoc />
    public string? Problem() => Normalized().Problem;

    /// <summary>The listed origins as browsers send them (no trailing slash), and what is wrong with the first that is not one.</summary>
    public (List<string> Origins, string? Problem) Normalized()
    {
        var origins = new List<string>();
        for (var i = 0; i < Origins.Count; i++)
        {
            // Browsers send an origin without a path; a trailing slash copied from the address bar would never match.
            var origin = Origins[i].Trim().TrimEnd('/');
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ||
                !string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            {
                return (origins, $"{Section}:Origins:{i} is '{Origins[i]}', which is not an origin; give scheme, host and port only, " +
                    "e.g. https://maps.example.cn or http://localhost:8080");
            }

            origins.Add(origin);
        }

        return (origins, null);
    }
}
