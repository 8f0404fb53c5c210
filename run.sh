#!/usr/bin/env bash
# Runs the main job: the EcoGov web app on the embedded SQLite database (data/ecogov.db),
# created, migrated and seeded on first start, on http://127.0.0.1:5080 (override with ECOGOV_URLS).
# Prints the URL and the first administrator's credentials. The home page is the dashboard (驾驶舱), populated with
# demonstration air data (示意数据) until real monitoring data are imported.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
. "$here/scripts/ensure-dotnet.sh"
out="$here/artifacts/web"
echo "构建 / building the web app…" >&2
dotnet publish src/EcoGov.Web/EcoGov.Web.csproj -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly >&2
export ECOGOV_HOME="$here"
# 示意数据: generated air data (stations DEMO-…) so that the dashboard of 晋城市 and 城区 is populated before real
# monitoring data are imported; stored once, skipped where real data exist. ECOGOV_DEMO_DATA=0 turns it off.
export ECOGOV_DEMO_DATA="${ECOGOV_DEMO_DATA:-1}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
cd "$out"
exec dotnet EcoGov.Web.dll --urls "${ECOGOV_URLS:-http://127.0.0.1:5080}" --contentRoot "$out"
