using System.Globalization;
using System.Xml.Linq;
using GeoPlan.Core;
using GeoPlan.Core.Crs;
using GeoPlan.Core.Model;
using GeoPlan.Core.Styling;
using GeoPlan.Rendering;
using GeoPlan.Server.Http;
using Microsoft.AspNetCore.WebUtilities;
using NetTopologySuite.Geometries;
using static GeoPlan.Server.Maps.WmsXml;

namespace GeoPlan.Server.Maps;

/// <summary>The WMS 1.3.0 capabilities document: the service, its operations, and the plan layers under one root layer.</summary>
internal sealed class WmsCapabilities(WmsLayers layers, LegendImages legends, RequestUrls urls, string updateSequence)
{
    /// <summary>The formats GetFeatureInfo answers in.</summary>
    public static readonly IReadOnlyList<string> InfoFormats = ["application/json", "application/geo+json", "text/html"];

    private static readonly string[] ServiceKeywords = ["沈阳", "Shenyang", "都市圈", "metropolitan area", "planning"];

    private string Endpoint => urls.For(WmsApi.Path);

    public XElement Build() => new(
        Wms + "WMS_Capabilities",
        new XAttribute("version", WmsXml.Version),
        new XAttribute("updateSequence", updateSequence),
        new XAttribute(XNamespace.Xmlns + "xlink", XLink),
        new XAttribute(XNamespace.Xmlns + "sld", Sld),
        new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
        new XAttribute(
            Xsi + "schemaLocation",
            $"{Wms} http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd {Sld} http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd"),
        Service(),
        new XElement(
            Wms + "Capability",
            new XElement(
                Wms + "Request",
                Operation(Wms + "GetCapabilities", ["text/xml"]),
                Operation(Wms + "GetMap", [WmsMapRequestParser.Format]),
                Operation(Wms + "GetFeatureInfo", InfoFormats),
                Operation(Sld + "GetLegendGraphic", [PngResponse.MediaType])),
            new XElement(Wms + "Exception", new XElement(Wms + "Format", "XML")),
            RootLayer()));

    private XElement Service() => new(
        Wms + "Service",
        new XElement(Wms + "Name", "WMS"),
        new XElement(Wms + "Title", "GeoPlan — Shenyang modern metropolitan area plan"),
        new XElement(Wms + "Abstract", "沈阳市加快建设国家中心城市行动计划: the plan's layers as maps, labelled in Chinese (LANGUAGE=zh, the default) or English (LANGUAGE=en); YEAR=2023 draws the baseline, YEAR=2025 the plan."),
        new XElement(Wms + "KeywordList", ServiceKeywords.Select(k => new XElement(Wms + "Keyword", k))),
        Link(Wms + "OnlineResource", urls.For("/")),
        new XElement(Wms + "Fees", "none"),
        new XElement(Wms + "AccessConstraints", "none"),
        new XElement(Wms + "MaxWidth", MapViewport.MaxSize),
        new XElement(Wms + "MaxHeight", MapViewport.MaxSize));

    private XElement Operation(XName name, IEnumerable<string> formats) => new(
        name,
        formats.Select(f => new XElement(Wms + "Format", f)),
        new XElement(Wms + "DCPType", new XElement(Wms + "HTTP", new XElement(Wms + "Get", Link(Wms + "OnlineResource", Endpoint + "?")))));

    private XElement RootLayer()
    {
        var extents = layers.Layers.Select(l => l.Extent).OfType<Envelope>().ToList();
        var extent = extents.Count == 0 ? MetropolitanArea.Bounds : extents.Aggregate(new Envelope(), (all, e) => { all.ExpandToInclude(e); return all; });
        return new XElement(
            Wms + "Layer",
            new XAttribute("queryable", "0"),
            new XElement(Wms + "Name", WmsLayers.RootName),
            new XElement(Wms + "Title", "GeoPlan plan layers"),
            new XElement(Wms + "Abstract", "沈阳现代化都市圈规划图层: every plan layer in one map; query the layers one by one."),
            CrsRegistry.All.Select(c => new XElement(Wms + "CRS", CrsAxes.WmsCode(c))),
            Extent(extent),
            LegendStyle(null),
            layers.DrawOrder.Reverse().Select(id => PlanLayer(layers.Find(id)!)));
    }

    // Topmost first, as a layer tree reads; drawing follows LAYERS, not this order.
    private XElement PlanLayer(LayerInfo layer) => new(
        Wms + "Layer",
        new XAttribute("queryable", "1"),
        new XElement(Wms + "Name", layer.Id),
        new XElement(Wms + "Title", layer.TitleEn),
        new XElement(Wms + "Abstract", $"{layer.TitleZh}: {layer.Description}"),
        new XElement(Wms + "KeywordList", new XElement(Wms + "Keyword", layer.TitleZh), new XElement(Wms + "Keyword", layer.Id)),
        layer.Extent is { } extent ? Extent(extent) : null,
        LegendStyle(layer.Id));

    private static IEnumerable<XElement> Extent(Envelope lonLat)
    {
        yield return new XElement(
            Wms + "EX_GeographicBoundingBox",
            new XElement(Wms + "westBoundLongitude", Number(lonLat.MinX)),
            new XElement(Wms + "eastBoundLongitude", Number(lonLat.MaxX)),
            new XElement(Wms + "southBoundLatitude", Number(lonLat.MinY)),
            new XElement(Wms + "northBoundLatitude", Number(lonLat.MaxY)));
        foreach (var crs in CrsRegistry.All)
        {
            var box = EnvelopeTransform.Apply(lonLat, CrsRegistry.Crs84, crs);
            yield return new XElement(
                Wms + "BoundingBox",
                new XAttribute("CRS", CrsAxes.WmsCode(crs)),
                new XAttribute("minx", Number(box.MinX)),
                new XAttribute("miny", Number(box.MinY)),
                new XAttribute("maxx", Number(box.MaxX)),
                new XAttribute("maxy", Number(box.MaxY)));
        }
    }

    // The announced legend is the default one: Chinese, on white.
    private XElement LegendStyle(string? layerId)
    {
        var legend = legends.For(layerId, MapLanguage.Zh, transparent: false);
        var query = new Dictionary<string, string?>
        {
            ["SERVICE"] = "WMS",
            ["VERSION"] = WmsXml.Version,
            ["REQUEST"] = "GetLegendGraphic",
            ["LAYER"] = layerId ?? WmsLayers.RootName,
            ["FORMAT"] = PngResponse.MediaType,
            ["STYLE"] = WmsMapRequestParser.DefaultStyle,
        };
        return new XElement(
            Wms + "Style",
            new XElement(Wms + "Name", WmsMapRequestParser.DefaultStyle),
            new XElement(Wms + "Title", "Default plan style"),
            new XElement(
                Wms + "LegendURL",
                new XAttribute("width", legend.Width),
                new XAttribute("height", legend.Height),
                new XElement(Wms + "Format", PngResponse.MediaType),
                Link(Wms + "OnlineResource", QueryHelpers.AddQueryString(Endpoint, query))));
    }

    private static XElement Link(XName name, string href) =>
        new(name, new XAttribute(XLink + "type", "simple"), new XAttribute(XLink + "href", href));

    private static string Number(double value) => Math.Round(value, 6).ToString(CultureInfo.InvariantCulture);
}
