using CommunityOfPractice.Features;
using CommunityOfPractice.Web.Components;
using CommunityOfPractice.Web.Features.Administration;
using CommunityOfPractice.Web.Features.Debates;
using CommunityOfPractice.Web.Features.Webinars;
using CommunityOfPractice.Web.Features.Membership;
using CommunityOfPractice.Web.Features.Organisations;
using CommunityOfPractice.Web.Features.Practices;
using CommunityOfPractice.Web.Features.Syntheses;
using CommunityOfPractice.Web.Features.Standards;
using CommunityOfPractice.Web.Features.Statements;
using CommunityOfPractice.Web.Features.WorkingGroups;
using CommunityOfPractice.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.Services.AddMembership().AddMembershipWeb();
builder.Services.AddDebates().AddDebatesWeb();
builder.Services.AddWebinars().AddWebinarsWeb();
builder.Services.AddPractices().AddPracticesWeb();
builder.Services.AddSyntheses().AddSynthesesWeb();
builder.Services.AddStandards().AddStandardsWeb();
builder.Services.AddOrganisations().AddOrganisationsWeb();
builder.Services.AddWorkingGroups().AddWorkingGroupsWeb();
builder.Services.AddStatements().AddStatementsWeb();
builder.Services.AddAdministration().AddAdministrationWeb();

var app = builder.Build();

await app.PrepareDataAsync(args);
app.UsePlatform();
app.MapPages<App>();
app.MapPlatformEndpoints();
app.MapMembership();
app.MapDebates();
app.MapWebinars();
app.MapPractices();
app.MapSyntheses();
app.MapStandards();
app.MapOrganisations();
app.MapWorkingGroups();
app.MapStatements();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
