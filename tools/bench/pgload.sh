#!/usr/bin/env bash
# Loading benchmark: `geoplan load` against GDAL's `ogr2ogr -f PostgreSQL`, same GeoJSON, same throwaway PostGIS, same run.
# Usage: tools/bench/pgload.sh [FEATURES] [RUNS]   (defaults: 100000 features, 3 runs; prints medians and their ratio)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
features=${1:-100000}
runs=${2:-3}

command -v ogr2ogr >/dev/null || { echo "pgload.sh: ogr2ogr is missing; apt-get install gdal-bin" >&2; exit 1; }
source tools/postgis.sh
postgis_start

work=$(mktemp -d)
trap 'rm -rf "$work"; postgis_stop' EXIT
dotnet build GeoPlan.sln --configuration Release --verbosity quiet >/dev/null
dotnet tools/GeoPlan.DataGenerator/bin/Release/net10.0/GeoPlan.DataGenerator.dll "$work/geodata" "$features" 7
dotnet publish src/GeoPlan.Cli --configuration Release --use-current-runtime --output "$work/geoplan" --verbosity quiet >/dev/null
geoplan=("$work/geoplan/geoplan")

# Each run loads into a fresh database, so neither tool finds the other's tables.
pg_host=$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
pg_port=$(sed -E 's/.*Port=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
fresh_database() {
  local name=$1
  psql -h "$pg_host" -p "$pg_port" -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
  psql -h "$pg_host" -p "$pg_port" -U postgres -d "$name" -q -c "CREATE EXTENSION postgis"
}
seconds() { local start=$EPOCHREALTIME; "$@" >/dev/null; echo "$EPOCHREALTIME - $start" | awk '{ printf "%.3f\n", $1 - $3 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for run in $(seq 1 "$runs"); do
  fresh_database bench_geoplan
  seconds "${geoplan[@]}" load --pg "Host=$pg_host;Port=$pg_port;Username=postgres;Database=bench_geoplan" --geodata "$work/geodata" >>"$work/geoplan.times"
  fresh_database bench_gdal
  seconds ogr2ogr -f PostgreSQL "PG:host=$pg_host port=$pg_port user=postgres dbname=bench_gdal" "$work/geodata/plots.geojson" \
    -nln plots -lco GEOMETRY_NAME=geom >>"$work/gdal.times"
  echo "run $run: geoplan $(tail -n1 "$work/geoplan.times") s, ogr2ogr $(tail -n1 "$work/gdal.times") s" >&2
done

geoplan_median=$(median <"$work/geoplan.times")
gdal_median=$(median <"$work/gdal.times")
echo "features: $features (plus the bundled geodata for geoplan), runs: $runs"
echo "geoplan load median: $geoplan_median s"
echo "ogr2ogr median:      $gdal_median s"
awk -v g="$geoplan_median" -v o="$gdal_median" 'BEGIN { printf "ratio ogr2ogr / geoplan: %.2fx\n", o / g }'
