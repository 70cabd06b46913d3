namespace GeoPlan.Interchange.Import;

/// <summary>One line of an import's report about one place in the file: a problem that stops the import, or a repair made.</summary>
/// <param name="Position">Where in the file, e.g. <c>record 12</c> or <c>features[3] at byte 1042</c>; the file as a whole when null.</param>
/// <param name="Message">What was found and, for a problem, how to fix it.</param>
public sealed record ImportNote(string? Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Position is null ? Message : $"{Position}: {Message}";
}
