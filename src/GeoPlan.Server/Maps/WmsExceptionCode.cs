namespace GeoPlan.Server.Maps;

/// <summary>The exception codes of WMS 1.3.0 (ISO 19128, table E.1) and OWS Common that GeoPlan's WMS answers with.</summary>
public static class WmsExceptionCode
{
    /// <summary>The requested output format is not offered.</summary>
    public const string InvalidFormat = "InvalidFormat";

    /// <summary>The CRS is not one the layer is offered in.</summary>
    public const string InvalidCrs = "InvalidCRS";

    /// <summary>A layer that is not in the capabilities.</summary>
    public const string LayerNotDefined = "LayerNotDefined";

    /// <summary>A style the layer does not have.</summary>
    public const string StyleNotDefined = "StyleNotDefined";

    /// <summary>GetFeatureInfo on a layer that cannot be queried.</summary>
    public const string LayerNotQueryable = "LayerNotQueryable";

    /// <summary>I or J lies outside the map.</summary>
    public const string InvalidPoint = "InvalidPoint";

    /// <summary>UPDATESEQUENCE equals the current one.</summary>
    public const string CurrentUpdateSequence = "CurrentUpdateSequence";

    /// <summary>UPDATESEQUENCE is later than the current one.</summary>
    public const string InvalidUpdateSequence = "InvalidUpdateSequence";

    /// <summary>A request the service does not offer.</summary>
    public const string OperationNotSupported = "OperationNotSupported";

    /// <summary>A mandatory parameter is missing (OWS Common).</summary>
    public const string MissingParameterValue = "MissingParameterValue";

    /// <summary>A parameter has a value that is not allowed (OWS Common).</summary>
    public const string InvalidParameterValue = "InvalidParameterValue";

    /// <summary>A VERSION other than 1.3.0 for an operation that is not GetCapabilities (OWS Common).</summary>
    public const string VersionNegotiationFailed = "VersionNegotiationFailed";
}
