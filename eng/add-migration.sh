#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migrations project (one project per provider).
# Usage: eng/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: eng/add-migration.sh <MigrationName>}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project="src/MergePlanner.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" -o Migrations
done
