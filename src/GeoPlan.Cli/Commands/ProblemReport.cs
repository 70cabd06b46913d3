using GeoPlan.Geodata;

namespace GeoPlan.Cli.Commands;

/// <summary>Prints geodata problems one a line, as <c>file [item]: message</c>.</summary>
internal static class ProblemReport
{
    public static void Write(IEnumerable<GeodataProblem> problems, TextWriter writer)
    {
        foreach (var problem in problems)
        {
            writer.WriteLine(problem);
        }
    }
}
