#!/usr/bin/env bash
# Runs every test: unit, integration (real SQLite), CLI, web and browser (Debian Chromium) tests.
# Then runs the application suite (both hosts, every operation) again on PostgreSQL (ECOGOV_TEST_STORE=postgresql).
# Installs what the tests need (Chromium and CJK fonts, PostgreSQL 15 + PostGIS 3, LibreOffice Writer and Calc, from Debian) when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
. "$here/scripts/ensure-dotnet.sh"
. "$here/scripts/ensure-chromium.sh"
. "$here/scripts/ensure-postgres.sh"
. "$here/scripts/ensure-libreoffice.sh"
export ECOGOV_HOME="$here"
log="$(mktemp)"
status=0
dotnet test EcoGov.slnx -c Release --nologo 2>&1 | tee "$log" || status=$?
# The application suite again with both hosts (web and CLI) on PostgreSQL: every operation on the production store too.
ECOGOV_TEST_STORE=postgresql dotnet test tests/EcoGov.Application.Tests -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=$?
# One closing line for CI, summed over the test projects: "N passed, N failed".
count() { { grep -Eo "$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
rm -f "$log"
# GUIDE: `dotnet format` clean (whitespace layout), checked like a test.
if ! dotnet format whitespace EcoGov.slnx --verify-no-changes >&2; then
  echo "格式检查未通过：运行 dotnet format whitespace EcoGov.slnx / formatting check failed" >&2
  failed=$((failed + 1))
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -eq 0 ]; then status=1; fi
exit "$status"
