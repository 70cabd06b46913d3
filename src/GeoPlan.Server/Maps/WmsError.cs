using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoPlan.Server.Maps;

/// <summary>A WMS request that cannot be answered: its exception code, what was wrong, and the parameter at fault.</summary>
/// <param name="Code">One of <see cref="WmsExceptionCode"/>.</param>
/// <param name="Message">What was wrong and what is allowed.</param>
/// <param name="Locator">The parameter at fault, in capitals as the standard writes it; null when none is.</param>
public sealed record WmsError(string Code, string Message, string? Locator = null)
{
    /// <summary>The media type of WMS 1.3.0 service exception reports.</summary>
    public const string MediaType = "text/xml";

    /// <summary>MissingParameterValue for a parameter that must be given.</summary>
    public static WmsError Missing(string parameter, string allowed) =>
        new(WmsExceptionCode.MissingParameterValue, $"{parameter} is required: {allowed}", parameter);

    /// <summary>InvalidParameterValue for a parameter whose value is not allowed.</summary>
    public static WmsError Invalid(string parameter, string detail) => new(WmsExceptionCode.InvalidParameterValue, detail, parameter);

    /// <summary>The OGC ServiceExceptionReport (WMS 1.3.0 schema) with HTTP status 400.</summary>
    public ContentHttpResult ToResult()
    {
        var exception = new XElement(WmsXml.Ogc + "ServiceException", new XAttribute("code", Code), XmlText(Message));
        if (Locator is not null)
        {
            exception.Add(new XAttribute("locator", XmlText(Locator)));
        }

        var report = new XElement(
            WmsXml.Ogc + "ServiceExceptionReport",
            new XAttribute("version", WmsXml.Version),
            new XAttribute(XNamespace.Xmlns + "xsi", WmsXml.Xsi),
            new XAttribute(WmsXml.Xsi + "schemaLocation", $"{WmsXml.Ogc} http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"),
            exception);
        return TypedResults.Content(WmsXml.Write(report), WmsXml.ContentType, statusCode: StatusCodes.Status400BadRequest);
    }

    // A value the client sent, echoed in the message, may hold characters XML 1.0 cannot carry (control characters, lone
    // surrogates): each becomes U+FFFD, so that the report can still be written.
    private static string XmlText(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe.Append(text, i++, 2);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return safe.ToString();
    }
}
