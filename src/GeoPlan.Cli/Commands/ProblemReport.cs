using GeoPlan.Geodata;

namespace GeoPlan.Cli.Commands;

/// <summary>Prints geodata problems one a line, as <c>file [item]: message</c>, at most <see cref="MaxLines"/> of them.</summary>
internal static class ProblemReport
{
    /// <summary>Enough lines to see what is wrong; a broken 100,000-feature file should not flood the terminal.</summary>
    public const int MaxLines = 50;

    public static void Write(IReadOnlyList<GeodataProblem> problems, TextWriter writer)
    {
        foreach (var problem in problems.Take(MaxLines))
        {
            writer.WriteLine(problem);
        }

        if (problems.Count > MaxLines)
        {
            writer.WriteLine($"... and {problems.Count - MaxLines} more");
        }
    }
}
