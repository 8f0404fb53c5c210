using EcoGov.Web;

var app = EcoGovWebApp.Build(args);
EcoGovWebApp.InitializeDatabase(app);
app.Run();

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
