using System.Globalization;
using GeoPlan.Core.Storage;

namespace GeoPlan.Storage.Tests;

/// <summary>The test assembly run as a program, as the child process <see cref="KilledWrite"/> starts and kills.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [KilledWrite.Command, var path, var mode, var count])
        {
            await KilledWrite.RunChildAsync(path, Enum.Parse<ImportMode>(mode), int.Parse(count, CultureInfo.InvariantCulture));
            return 0;
        }

        await Console.Error.WriteLineAsync(
            $"usage: GeoPlan.Storage.Tests {KilledWrite.Command} <geopackage> <Replace|Append> <features before waiting>");
        return 2;
    }
}
