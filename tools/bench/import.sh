#!/usr/bin/env bash
# Import benchmark: `geoplan import` of a generated GeoJSON into the embedded GeoPackage store against GDAL's
# `ogr2ogr -f GPKG` of the same file, same run; prints the median seconds and peak memory of each and the ratio.
# Each geoplan run imports into a fresh copy of the store built from the bundled geodata (checking, repairing and indexing
# every feature as any import does); each ogr2ogr run writes a new GeoPackage with its R-tree.
# Usage: tools/bench/import.sh [FEATURES] [RUNS]   (defaults: 1000000 features, 3 runs; needs gdal-bin and /usr/bin/time)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
features=${1:-1000000}
runs=${2:-3}

# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing ogr2ogr gdal-bin || exit 1
[ -x /usr/bin/time ] || install_missing /usr/bin/time time || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "import.sh: building" >&2
dotnet build tools/GeoPlan.DataGenerator --configuration Release --verbosity quiet >/dev/null
dotnet publish src/GeoPlan.Cli --configuration Release --use-current-runtime --output "$work/geoplan" --verbosity quiet >/dev/null
dotnet tools/GeoPlan.DataGenerator/bin/Release/net10.0/GeoPlan.DataGenerator.dll "$work/geodata" "$features" 7 >&2
plots="$work/geodata/plots.geojson"
"$work/geoplan/geoplan" build --geodata geodata --out "$work/base.gpkg" >/dev/null

# Runs a command under /usr/bin/time; prints "seconds peak_megabytes".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/out" "$work/err" >&2; exit 1; }
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$work/time"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for run in $(seq 1 "$runs"); do
  cp "$work/base.gpkg" "$work/store.gpkg"
  measure "$work/geoplan/geoplan" import "$plots" --collection plots --gpkg "$work/store.gpkg" >>"$work/geoplan.results"
  grep -q "features written" "$work/out" || { echo "import.sh: geoplan did not write the features:" >&2; cat "$work/out" "$work/err" >&2; exit 1; }
  rm -f "$work/gdal.gpkg"
  measure ogr2ogr -f GPKG "$work/gdal.gpkg" "$plots" -nln plots >>"$work/gdal.results"
  echo "run $run: geoplan $(tail -n1 "$work/geoplan.results" | awk '{ print $1 " s, " $2 " MB" }'), ogr2ogr $(tail -n1 "$work/gdal.results" | awk '{ print $1 " s, " $2 " MB" }')" >&2
done

# Both files must hold every feature.
count=$(ogrinfo -so -al "$work/gdal.gpkg" | awk -F': ' '/Feature Count/ { print $2 }')
ours=$(ogrinfo -so "$work/store.gpkg" plots | awk -F': ' '/Feature Count/ { print $2 }')
[ "$count" = "$features" ] && [ "$ours" = "$features" ] || { echo "import.sh: feature counts differ: geoplan $ours, ogr2ogr $count, expected $features" >&2; exit 1; }

geoplan_seconds=$(awk '{ print $1 }' "$work/geoplan.results" | median)
gdal_seconds=$(awk '{ print $1 }' "$work/gdal.results" | median)
echo "features: $features ($(du -m "$plots" | cut -f1) MB of GeoJSON), runs: $runs, $(nproc) processors"
echo "geoplan import: median $geoplan_seconds s, peak memory $(awk '{ print $2 }' "$work/geoplan.results" | sort -g | tail -n1) MB"
echo "ogr2ogr -f GPKG: median $gdal_seconds s, peak memory $(awk '{ print $2 }' "$work/gdal.results" | sort -g | tail -n1) MB"
awk -v g="$geoplan_seconds" -v o="$gdal_seconds" 'BEGIN { printf "speed ratio (ogr2ogr time / geoplan time): %.2fx (goal >= 1x)\n", o / g }'
