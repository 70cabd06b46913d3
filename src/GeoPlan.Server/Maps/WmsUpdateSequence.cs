using System.Globalization;

namespace GeoPlan.Server.Maps;

/// <summary>The capabilities' updateSequence: when this service started, which is when the layers it describes were last read.</summary>
internal static class WmsUpdateSequence
{
    /// <summary>The current value, a UTC time written so that later values sort after earlier ones.</summary>
    public static string Current { get; } = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>CurrentUpdateSequence when the client already has this version, InvalidUpdateSequence when it claims a later one, else null.</summary>
    public static WmsError? Check(string? clientSequence)
    {
        if (string.IsNullOrEmpty(clientSequence))
        {
            return null;
        }

        var order = string.CompareOrdinal(clientSequence, Current);
        return order switch
        {
            0 => new WmsError(WmsExceptionCode.CurrentUpdateSequence, $"the capabilities are still at updateSequence {Current}", "UPDATESEQUENCE"),
            > 0 => new WmsError(
                WmsExceptionCode.InvalidUpdateSequence,
                $"UPDATESEQUENCE {clientSequence} is later than the service's {Current}",
                "UPDATESEQUENCE"),
            _ => null,
        };
    }
}
