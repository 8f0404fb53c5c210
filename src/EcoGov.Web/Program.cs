using EcoGov.Data.Seeding;
using EcoGov.Web;

var app = EcoGovWebApp.Build(args);
try
{
    await EcoGovWebApp.InitializeDatabaseAsync(app);
}
catch (SeedFileException e)
{
    // A broken seed file stops start-up with the file and place, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return 2;
}
await app.RunAsync();
return 0;

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
