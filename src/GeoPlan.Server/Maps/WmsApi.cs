using GeoPlan.Core.Storage;
using GeoPlan.Rendering;
using GeoPlan.Server.Features;
using GeoPlan.Server.Hosting;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WmsResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<GeoPlan.Server.Features.GeoJsonFeatureCollection>>;

namespace GeoPlan.Server.Maps;

/// <summary>WMS 1.3.0 at <c>/wms</c>: GetCapabilities, GetMap, GetFeatureInfo and GetLegendGraphic, errors as service exception reports.</summary>
public static class WmsApi
{
    /// <summary>Where the service answers.</summary>
    public const string Path = "/wms";

    private static readonly string[] Operations = ["GetCapabilities", "GetMap", "GetFeatureInfo", "GetLegendGraphic"];

    /// <summary>Maps <c>/wms</c>.</summary>
    public static IEndpointRouteBuilder MapWmsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Handle).WithTags("Maps").WithName("Wms")
            .WithSummary("WMS 1.3.0: REQUEST=GetCapabilities, GetMap (image/png), GetFeatureInfo (JSON, HTML) or GetLegendGraphic");
        return app;
    }

    private static async Task<WmsResult> Handle(
        HttpRequest request, IFeatureStore store, LayerCatalog catalog, MapRenderer renderer, LegendImages legends, CancellationToken ct)
    {
        var parameters = new WmsParameters(request.Query);
        var error = parameters.Repeated() ?? CheckService(parameters);
        if (error is not null)
        {
            return error.ToResult();
        }

        var operation = Operations.FirstOrDefault(o => parameters.Is("REQUEST", o));
        if (operation is null)
        {
            return (string.IsNullOrEmpty(parameters["REQUEST"])
                ? WmsError.Missing("REQUEST", string.Join(", ", Operations))
                : new WmsError(
                    WmsExceptionCode.OperationNotSupported,
                    $"REQUEST {parameters["REQUEST"]} is not offered; offered: {string.Join(", ", Operations)}",
                    "REQUEST")).ToResult();
        }

        var layers = new WmsLayers(await catalog.GetLayersAsync(ct), renderer.Style);
        return operation switch
        {
            "GetCapabilities" => GetCapabilities(parameters, layers, legends, new RequestUrls(request)),
            "GetMap" => await GetMap(parameters, layers, request.HttpContext.Response, store, renderer, ct),
            "GetFeatureInfo" => await GetFeatureInfo(parameters, layers, store, ct),
            _ => GetLegendGraphic(parameters, layers, legends, request.HttpContext.Response),
        };
    }

    // SERVICE is mandatory for GetCapabilities only (WMS 1.3.0, 7.2.2), but when given it must say WMS.
    private static WmsError? CheckService(WmsParameters parameters)
    {
        if (!parameters.Has("SERVICE"))
        {
            return parameters.Is("REQUEST", "GetCapabilities") ? WmsError.Missing("SERVICE", "WMS") : null;
        }

        return parameters.Is("SERVICE", "WMS") ? null : WmsError.Invalid("SERVICE", $"SERVICE must be WMS; got '{parameters["SERVICE"]}'");
    }

    // Any VERSION negotiates to 1.3.0, the only one served (WMS 1.3.0, 6.2.4).
    private static WmsResult GetCapabilities(WmsParameters parameters, WmsLayers layers, LegendImages legends, RequestUrls urls)
    {
        if (WmsUpdateSequence.Check(parameters["UPDATESEQUENCE"]) is { } error)
        {
            return error.ToResult();
        }

        var document = new WmsCapabilities(layers, legends, urls, WmsUpdateSequence.Current).Build();
        return TypedResults.Content(WmsXml.Write(document), WmsXml.ContentType);
    }

    private static async Task<WmsResult> GetMap(
        WmsParameters parameters, WmsLayers layers, HttpResponse response, IFeatureStore store, MapRenderer renderer, CancellationToken ct)
    {
        var (map, error) = WmsMapRequestParser.Parse(parameters, layers, formatRequired: true);
        if (error is not null)
        {
            return error.ToResult();
        }

        return PngResponse.From(response, await MapImage.RenderPngAsync(map!, layers.Layers, store, renderer, ct));
    }

    private static async Task<WmsResult> GetFeatureInfo(
        WmsParameters parameters, WmsLayers layers, IFeatureStore store, CancellationToken ct)
    {
        var (query, error) = WmsFeatureInfoRequest.Parse(parameters, layers);
        if (error is not null)
        {
            return error.ToResult();
        }

        var features = await FeatureInfoSearch.FindAsync(store, query!, ct);
        if (query!.InfoFormat == "text/html")
        {
            return TypedResults.Content(FeatureInfoHtml.Write(features, layers.Layers), FeatureInfoHtml.ContentType);
        }

        var collection = new GeoJsonFeatureCollection(
            features.Select(f => GeoJsonFeature.From(f)).ToList(), null, features.Count, DateTimeOffset.UtcNow, []);
        return TypedResults.Json(collection, contentType: query.InfoFormat);
    }

    private static WmsResult GetLegendGraphic(WmsParameters parameters, WmsLayers layers, LegendImages legends, HttpResponse response)
    {
        var (legend, error) = WmsLegendRequest.Parse(parameters, layers);
        return error is not null
            ? error.ToResult()
            : PngResponse.From(response, legends.For(legend!.LayerId, legend.Language, legend.Transparent).Png);
    }
}
