# MergePlanner: npm assets → SDK build → ASP.NET runtime (target runtime), and the YARP proxy (target proxy).
# Used by docker-compose.yml (SQL Server, two nodes, the proxy).
FROM node:20-bookworm-slim AS assets
WORKDIR /src/src/MergePlanner.Web
COPY src/MergePlanner.Web/package.json src/MergePlanner.Web/package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json nuget.config Directory.Build.props Directory.Packages.props MergePlanner.sln ./
COPY eng/ eng/
COPY src/ src/
COPY --from=assets /src/src/MergePlanner.Web/node_modules src/MergePlanner.Web/node_modules
RUN dotnet publish src/MergePlanner.Web/MergePlanner.Web.csproj -c Release -o /app -p:SkipNpmInstall=true

# The reverse proxy in front of the nodes (docker-compose: target proxy).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS proxy-build
WORKDIR /src
COPY global.json nuget.config Directory.Build.props Directory.Packages.props ./
COPY src/MergePlanner.Proxy/ src/MergePlanner.Proxy/
RUN dotnet publish src/MergePlanner.Proxy/MergePlanner.Proxy.csproj -c Release -o /proxy

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS proxy
WORKDIR /proxy
COPY --from=proxy-build /proxy .
ENV ASPNETCORE_URLS=http://+:8080
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "MergePlanner.Proxy.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Vietnam's time: pages and documents show the server's local dates and times.
ENV ASPNETCORE_URLS=http://+:8080 \
    Database__Provider=SqlServer \
    TZ=Asia/Ho_Chi_Minh
# The time zone database is not promised by the .NET images (dotnet/dotnet-docker#4201): without it TZ falls back to UTC.
RUN apt-get update && apt-get install -y --no-install-recommends tzdata && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /app/logs && chown -R app:app /app/logs
USER app
EXPOSE 8080
VOLUME ["/app/logs"]
ENTRYPOINT ["dotnet", "MergePlanner.Web.dll"]
