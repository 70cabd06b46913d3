using GeoPlan.Core.Analysis.Network;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>The wire names of travel modes: <c>walk</c>, <c>rail</c>, <c>car</c>, comma-separated.</summary>
public static class TravelModeNames
{
    private static readonly (string Name, TravelModes Mode)[] Names = [("walk", TravelModes.Walk), ("rail", TravelModes.Rail), ("car", TravelModes.Car)];

    /// <summary>Every mode a query may name.</summary>
    public static TravelModes All => TravelModes.Walk | TravelModes.Rail | TravelModes.Car;

    /// <summary>Reads a comma-separated list of modes, or says which word is not one.</summary>
    public static bool TryParse(string? text, out TravelModes modes, out string error)
    {
        modes = TravelModes.None;
        error = "";
        foreach (var word in (text ?? "").Split(',', StringSplitOptions.TrimEntries))
        {
            var match = Array.Find(Names, n => string.Equals(n.Name, word, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                error = $"'{word}' is not a travel mode; give one or more of walk, rail, car, comma-separated";
                return false;
            }

            modes |= match.Mode;
        }

        return true;
    }

    /// <summary>The modes as their wire names, comma-separated, in a fixed order.</summary>
    public static string Format(TravelModes modes) => string.Join(",", Names.Where(n => modes.HasFlag(n.Mode)).Select(n => n.Name));
}
