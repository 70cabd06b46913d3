#!/usr/bin/env bash
# Commute benchmark: 60-minute car reachability on a generated metropolitan road network (street grids around the 7 cities
# and expressways between them: GeneratedRoadNetwork, as `GeoPlan.DataGenerator roads` writes it; seeded, SEGMENTS road
# segments), GeoPlan's TravelTimeSearch against its peer, pgRouting's
# pgr_drivingDistance, on the same graph in the same run (tools/bench/CommuteBench runs both sides).
# Ours searches the graph built once and held in memory, as the server holds it. pgRouting runs as it is run: each call reads
# the edges through its edge SQL, here every car edge of the table ("pgr") and, as pgRouting users pre-filter, only the edges
# starting within reach of the origin ("pgr_bbox": cutoff × the fastest edge's speed, which cannot change the answer).
# Before timing, the reached nodes and costs of the first origins must equal pgRouting's (costs within 1 s).
# Usage: tools/bench/commute.sh [SEGMENTS] [ORIGINS]   (defaults: 500000 segments, 20 origins)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
segments=${1:-500000}
origins=${2:-20}
minutes=60
seed=7
checked=3

# shellcheck source=tools/postgis.sh
source tools/postgis.sh
postgis_start
work=$(mktemp -d)
# postgis_start set its own exit trap; this one stops the cluster too.
trap 'rm -rf "$work"; postgis_stop' EXIT

echo "commute.sh: building" >&2
dotnet build tools/bench/CommuteBench/CommuteBench.csproj --configuration Release --verbosity quiet >/dev/null
dotnet tools/bench/CommuteBench/bin/Release/net10.0/CommuteBench.dll "$segments" "$GEOPLAN_TEST_PG" "$origins" "$minutes" "$seed" "$checked" \
  >"$work/results"

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
side_median() { awk -v s="$1" -v c="$2" '$1 == s { print $c }' "$work/results" | median | xargs printf "%.${3:-1}f"; }
info() { sed -n 's/^info //p' "$work/results" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }'; }

pg_host=$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
pg_port=$(sed -E 's/.*Port=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
versions=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d geoplan_test -Atq -c "SELECT 'PostGIS ' || postgis_lib_version() || ', pgRouting ' || pgr_version()")
# Origins where the sides reached different numbers of nodes (a node at the cutoff to within rounding may tip either way).
disagreements=$(awk '$1 == "ours" { ours[$2] = $4 } $1 ~ /^pgr/ && $4 != ours[$2] { n++ } END { print n + 0 }' "$work/results")

echo "$versions, $(nproc) processors; seed $seed"
echo "network: $(info segments) road segments ($(info roads) roads), $(info car_nodes) car nodes, $(info car_edges) car edges;" \
  "graph built once in $(info build_s) s, copied into PostGIS in $(info load_s) s; fastest edge $(info fastest_kmh) km/h"
echo "$minutes-minute car reachability from $origins seeded origins, answers equal to pgRouting's on the first $(info checked);" \
  "median $(side_median ours 4 0) nodes reached; origins whose reached counts differ between sides: $disagreements"
ours=$(side_median ours 3 2)
pgr=$(side_median pgr 3)
pgr_bbox=$(side_median pgr_bbox 3)
printf '%-52s %10s ms\n' "ours (TravelTimeSearch, graph in memory)" "$ours"
printf '%-52s %10s ms  %8s\n' "pgr_drivingDistance (edge SQL: every car edge)" "$pgr" \
  "$(awk -v a="$pgr" -v b="$ours" 'BEGIN { printf "%.1fx", a / b }')"
printf '%-52s %10s ms  %8s\n' "pgr_drivingDistance (edge SQL: edges within reach)" "$pgr_bbox" \
  "$(awk -v a="$pgr_bbox" -v b="$ours" 'BEGIN { printf "%.1fx", a / b }')"
awk -v a="$pgr" -v b="$ours" 'BEGIN { printf "goal: ours >= 20x faster than pgr_drivingDistance: %s\n", (a / b >= 20) ? "met" : "MISSED" }'
