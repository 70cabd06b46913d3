namespace GeoPlan.Geodata;

/// <summary>Something wrong in geodata/, located by file and feature (or task) id so a person can fix it.</summary>
/// <param name="File">The file, relative to the geodata directory.</param>
/// <param name="Item">The feature, task or indicator id, or a position such as <c>features[12]</c>; null for the whole file.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record GeodataProblem(string File, string? Item, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Item is null ? $"{File}: {Message}" : $"{File} [{Item}]: {Message}";
}
