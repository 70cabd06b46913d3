namespace GeoPlan.Interchange.Reading;

/// <summary>A file cannot be read as its format: malformed, truncated, or missing a part it needs.</summary>
public sealed class SourceFormatException : Exception
{
    /// <summary>Says where in which file and what is wrong.</summary>
    public SourceFormatException(string file, string position, string message, Exception? innerException = null)
        : base($"{file} ({position}): {message}", innerException)
    {
        File = file;
        Position = position;
        Problem = message;
    }

    /// <summary>The file's name.</summary>
    public string File { get; }

    /// <summary>Where in the file, e.g. <c>byte 1234</c> or <c>line 12</c>.</summary>
    public string Position { get; }

    /// <summary>What is wrong and, where it helps, how to fix it.</summary>
    public string Problem { get; }
}
