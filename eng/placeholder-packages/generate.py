#!/usr/bin/env python3
"""Writes empty NuGet packages for the transitive dependencies the registry here lacks.

Why: EF Core Design and Microsoft.Data.SqlClient depend on packages that the partial NuGet copy on these
machines does not serve, so restore fails. MergePlanner uses none of their code paths (T4 scaffolding
templates, .slnx loading, SQL CLR UDTs, Windows broker auth). nuget.config maps exactly these ids to
./feed, and nothing else. See docs/decisions/0007-placeholder-packages.md; delete this folder and the
mapping once the registry serves the real packages.

Run: python3 eng/placeholder-packages/generate.py  (the .nupkg files are committed, so restore needs no step)
"""
import pathlib
import zipfile

PACKAGES = {
    "Mono.TextTemplating": "3.0.0",
    "Microsoft.VisualStudio.SolutionPersistence": "1.0.52",
    "Microsoft.SqlServer.Server": "1.0.0",
    "Microsoft.Identity.Client.Broker": "4.84.2",
}

NUSPEC = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>{id}</id>
    <version>{version}</version>
    <authors>MergePlanner placeholder</authors>
    <description>Empty placeholder: the real package is absent from the registry reachable here. See docs/decisions/0007-placeholder-packages.md.</description>
    <dependencies><group targetFramework="net10.0" /></dependencies>
  </metadata>
</package>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="nuspec" ContentType="application/octet" />
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />
</Types>
"""

RELS = """<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/{id}.nuspec" Id="R1" />
</Relationships>
"""

FIXED_TIME = (2025, 1, 1, 0, 0, 0)  # identical bytes on every run, so git sees no change


def write(path: pathlib.Path, package_id: str, version: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS.format(id=package_id)),
            (f"{package_id}.nuspec", NUSPEC.format(id=package_id, version=version)),
        ):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def main() -> None:
    feed = pathlib.Path(__file__).resolve().parent / "feed"
    feed.mkdir(exist_ok=True)
    for package_id, version in PACKAGES.items():
        write(feed / f"{package_id.lower()}.{version}.nupkg", package_id, version)
        print(f"wrote {package_id} {version}")


if __name__ == "__main__":
    main()
