using System.Globalization;

namespace GeoPlan.Core.Analysis.Commute;

/// <summary>Reads a commute query's cutoffs: whole minutes, comma-separated, returned ascending without repeats.</summary>
public static class CommuteCutoffs
{
    /// <summary>The cutoffs, or an error saying what is allowed.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<int> minutes, out string error)
    {
        minutes = [];
        error = "";
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        var values = new SortedSet<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > CommuteRequest.MaxMinutes)
            {
                error = $"'{part}' is not a number of whole minutes from 1 to {CommuteRequest.MaxMinutes}; give e.g. 30,45,60";
                return false;
            }

            values.Add(value);
        }

        if (values.Count > CommuteRequest.MaxCutoffs)
        {
            error = $"{values.Count} cutoffs asked; at most {CommuteRequest.MaxCutoffs} are drawn at once";
            return false;
        }

        minutes = [.. values];
        return true;
    }
}
