using MergePlanner.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

builder.AddLogging();
builder.AddDatabase();
builder.AddIdentityAndAuthorization();
builder.AddWebUi();
builder.AddHardening();
builder.AddJobs();

var app = builder.Build();

app.UseWebPipeline();
app.MapFeatureEndpoints();
app.MapJobDashboard();
await app.InitialiseDatabaseAsync();
app.AnnounceUrlsOnStart();

await app.RunAsync();

/// <summary>Entry point type, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
