using System.Xml.Linq;

namespace GeoPlan.Server.Maps;

/// <summary>The namespaces, version and text form of GeoPlan's WMS documents.</summary>
internal static class WmsXml
{
    /// <summary>The only WMS version served.</summary>
    public const string Version = "1.3.0";

    /// <summary>The Content-Type of capabilities and exception reports.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    public static readonly XNamespace Wms = "http://www.opengis.net/wms";
    public static readonly XNamespace Ogc = "http://www.opengis.net/ogc";
    public static readonly XNamespace Sld = "http://www.opengis.net/sld";
    public static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The document as UTF-8 XML text with its declaration.</summary>
    public static string Write(XElement root) =>
        $"{new XDeclaration("1.0", "UTF-8", null)}\n{root}";
}
