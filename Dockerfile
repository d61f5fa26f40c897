# Multi-stage build: the SDK image builds, the ASP.NET runtime image runs as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props CommunityOfPractice.sln ./
COPY src/ src/
RUN dotnet publish src/CommunityOfPractice.Web/CommunityOfPractice.Web.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl tzdata && rm -rf /var/lib/apt/lists/*
COPY --from=build /app ./
COPY samples/demo/ /app/samples/demo/
RUN mkdir -p /data && chown app:app /data
ENV ASPNETCORE_URLS=http://+:8080 \
    DataDirectory=/data \
    Demo__Path=/app/samples/demo/community.json
USER app
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "CommunityOfPractice.Web.dll"]
