using System.Text.Json.Serialization;

namespace GeoPlan.Server.Http;

/// <summary>A web link as OGC APIs write them.</summary>
/// <param name="Href">The absolute URL.</param>
/// <param name="Rel">The relation, e.g. <c>self</c>, <c>next</c>, <c>items</c>.</param>
/// <param name="Type">The media type of the target.</param>
/// <param name="Title">A human-readable title.</param>
/// <param name="Templated">True when <paramref name="Href"/> is a URI template, such as a tile's with {tileMatrix}/{tileRow}/{tileCol}.</param>
public sealed record Link(
    string Href,
    string Rel,
    string? Type = null,
    string? Title = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Templated = null);
