using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.Testing;

public static class OpenApiConformanceExtensions
{
    /// <summary>Checks every API answer of this host against its OpenAPI document (see <see cref="OpenApiConformance"/>).</summary>
    public static IWebHostBuilder CheckApiAgainstDocument(this IWebHostBuilder builder, OpenApiConformance conformance) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(conformance));
}
