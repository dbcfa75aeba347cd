using OrderMatch.Web.Hosting;

// OrderMatch's HTTP host. Host:Role says what this process is: "web" serves the API, "worker" runs queued planning
// runs as a member of the clustered scheduler, "both" (the default) does both. Settings: appsettings.json, then
// environment variables (ASPNETCORE_*, ORDERMATCH_*), then the command line.
var builder = WebApplication.CreateBuilder(args);
builder.AddOrderMatchServices();

var app = builder.Build();
app.UseOrderMatch();

await app.RunAsync();
