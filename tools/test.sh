#!/usr/bin/env bash
# GeoPlan's one test command: installs what the tests need, builds, checks formatting and runs every test.
# With CI=true nothing may be skipped: a test whose external client or PostGIS is missing fails instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian packages the tests use as real clients, installed when missing and we are root; without them their tests skip
# (or fail with CI=true).
# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing ogrinfo gdal-bin || true
# PROJ's projinfo checks the CRS areas of use; osmium writes the OpenStreetMap PBF the importer's tests read.
install_missing projinfo proj-bin || true
install_missing osmium osmium-tool || true
# Headless Chromium drives the web viewer's browser tests (Playwright with ExecutablePath; no browser download).
install_missing chromium chromium || true
# npm clients and reference data the tests use (@mapbox/mvt-fixtures, MapLibre's gl-style-validate), pinned in tools/clients;
# installed again whenever the lock file is newer than what is installed.
installed=tools/clients/node_modules/.package-lock.json
if [ ! -f "$installed" ] || [ tools/clients/package-lock.json -nt "$installed" ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --prefix tools/clients --no-audit --no-fund >/dev/null || echo "test.sh: npm ci failed; the tests that need tools/clients will skip"
  else
    echo "test.sh: 'npm' is missing; install npm (Debian's npm) or the tests that need tools/clients will skip"
  fi
fi
# Chinese map labels need a font with Chinese glyphs.
fc-list :lang=zh 2>/dev/null | grep -q . || dpkg -s fonts-noto-cjk >/dev/null 2>&1 || install_missing "a Chinese font" fonts-noto-cjk || true

results=$(mktemp -d)
# The browser tests leave their screenshots here (gitignored), for a person to look at after a run.
export GEOPLAN_TEST_ARTIFACTS="${GEOPLAN_TEST_ARTIFACTS:-$PWD/artifacts/tests}"
# shellcheck source=tools/postgis.sh
source tools/postgis.sh
cleanup() { postgis_stop; rm -rf "$results"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

dotnet restore GeoPlan.sln --verbosity quiet
dotnet build GeoPlan.sln --configuration Release --no-restore --verbosity quiet
dotnet format GeoPlan.sln --verify-no-changes --no-restore --verbosity quiet

# The PostGIS tests use GEOPLAN_TEST_PG when it is set, else a throwaway cluster that lives as long as this script.
if [ -z "${GEOPLAN_TEST_PG:-}" ] && ! postgis_start; then
  echo "test.sh: no PostGIS, so its tests will skip (or fail with CI=true); as root this script installs it"
fi
# postgis_start sets its own exit trap; this one stops the cluster too.
trap cleanup EXIT

status=0
dotnet test GeoPlan.sln --configuration Release --no-build --logger trx --results-directory "$results" \
  --filter "Category!=ClusterFault" || status=$?
# Fault tests stop and start the shared PostGIS cluster, so they run alone, after the rest.
dotnet test tests/GeoPlan.Server.Tests --configuration Release --no-build --logger trx --results-directory "$results" \
  --filter "Category=ClusterFault" || status=$?

# One closing line for the whole suite, summed over every test project's results.
count() { cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | tr -dc '0-9\n' | awk '{ n += $1 } END { print n + 0 }'; }
echo "Tests: $(count passed) passed, $(count failed) failed, $(count notExecuted) skipped"
echo "Screenshots of the web viewer: $GEOPLAN_TEST_ARTIFACTS/viewer"
exit $status
