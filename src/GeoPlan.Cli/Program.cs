using System.CommandLine;
using GeoPlan.Cli.Commands;

var root = new RootCommand("geoplan: build, validate and inspect the data of GeoPlan, the Shenyang metropolitan plan's spatial backend")
{
    BuildCommand.Create(),
    ValidateCommand.Create(),
    MigrateCommand.Create(),
    LoadCommand.Create(),
    ImportCommand.Create(),
    ExportCommand.Create(),
    CommuteCommand.Create(),
    TokenCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
