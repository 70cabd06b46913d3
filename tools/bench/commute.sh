#!/usr/bin/env bash
# Commute benchmark: 60-minute car reachability on a generated metropolitan road network (street grids around the 7 cities
# and expressways between them: GeneratedRoadNetwork, as `GeoPlan.DataGenerator roads` writes it; seeded, SEGMENTS road
# segments), GeoPlan's TravelTimeSearch against its peer, pgRouting's
# pgr_drivingDistance, on the same graph in the same run (tools/bench/CommuteBench runs both sides).
# Ours searches the graph built once and held in memory, as the server holds it. pgRouting runs as it is run: each call reads
# the edges through its edge SQL, here every car edge of the table ("pgr") and, as pgRouting users pre-filter, only the edges
# starting within reach of the origin ("pgr_bbox": cutoff × the fastest edge's speed, which cannot change the answer).
# Before timing, the reached nodes and costs of the first origins must equal pgRouting's (costs within 1 s).
# Then the user's real request on the bundled data: the full multimodal (walk, rail, car) query from 市府广场 with nested
# 30/45/60-minute polygons and coverage, over HTTP to the published server; median and p95 of REQUESTS sequential requests.
# Usage: tools/bench/commute.sh [SEGMENTS] [ORIGINS] [REQUESTS]   (defaults: 500000 segments, 20 origins, 200 requests)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
segments=${1:-500000}
origins=${2:-20}
requests=${3:-200}
minutes=60
seed=7
checked=3

# shellcheck source=tools/postgis.sh
source tools/postgis.sh
postgis_start
work=$(mktemp -d)
# postgis_start set its own exit trap; this one stops the cluster too.
server_pid=""
trap '[ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null; rm -rf "$work"; postgis_stop' EXIT

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

echo "commute.sh: publishing the server" >&2
dotnet publish src/GeoPlan.Server --configuration Release --use-current-runtime --output "$work/server" --verbosity quiet >/dev/null
base="http://127.0.0.1:$(postgis_free_port)"
geodata="$PWD/geodata"
# The per-client analysis rate is off: the benchmark is one client asking one query after another.
(cd "$work/server" && exec ./GeoPlan.Server --urls "$base" --GeoPlan:Geodata="$geodata" --GeoPlan:GeoPackage="$work/geoplan.gpkg" \
  --GeoPlan:Limits:AnalysisPerSecond=0 \
  >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz" || true)" = 200 ] && break
  sleep 0.25
done
query=(-G "$base/analysis/commute" --data-urlencode "from=rail_stations:市府广场" -d minutes=30,45,60 -d year=2025 -d modes=walk,rail,car)
# Warm-up: the first request builds the 2025 network and the coverage units, which the server then keeps.
for _ in $(seq 1 20); do curl -s -o /dev/null "${query[@]}"; done
for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "${query[@]}"; done >"$work/query"
failed=$(awk '$1 != 200 { n++ } END { print n + 0 }' "$work/query")
p95() { sort -g | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); print v[i < 1 ? 1 : i] }'; }
echo "full query from 市府广场 (walk,rail,car; 30/45/60 min; polygons and coverage; $(awk 'NR == 1 { print $3 }' "$work/query") bytes)," \
  "$requests sequential requests, $failed not 200:"
printf '%-52s %10.1f ms\n' "median" "$(awk '{ print $2 * 1000 }' "$work/query" | median)"
printf '%-52s %10.1f ms\n' "p95" "$(awk '{ print $2 * 1000 }' "$work/query" | p95)"
