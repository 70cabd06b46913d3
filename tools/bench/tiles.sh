#!/usr/bin/env bash
# Vector tile benchmark: GeoPlan's /collections/plots/tiles/WebMercatorQuad/{z}/{y}/{x} against its peer, PostGIS's own
# ST_AsMVT query as Martin runs it (prepared per connection, no cache), served by tools/bench/StAsMvtPeer; both on the same
# throwaway PostGIS holding FEATURES generated plots, measured in the same run.
# For each zoom band (z6-8, z9-11, z12-14) it lists the tiles covering the data (up to 1000 per zoom, seeded, the same list
# for both sides; enough that a cold pass lasts long past the connections' start-up, which would otherwise decide it) and,
# with wrk at 2, 8 and 64 connections, measures tiles/s:
#   ours cold  GeoPlan restarted (its tile cache empty) and warmed up as the peer is (below), then one pass over the list, every
#              tile requested once;
#   ours warm  the same list cycled for BENCH_SECONDS (default 10) with the cache full;
#   peer       the peer cycling the same list for BENCH_SECONDS (it has no cache: every request is cold).
# Warming up: each side first makes tiles the lists do not hold (z12-14 tiles of the data's extent, each once, at 64 connections,
# for up to WARM_UP_SECONDS, default 20, or until they run out). .NET compiles a method again, optimised for what its first calls
# showed, only after it has run for a while: a server that has made a few thousand tiles is still being compiled, and a cold pass
# right after would measure the compiler. The peer, also .NET, is warmed up the same way once, since it keeps nothing.
# It also fetches every listed tile once from each side and reports the largest, and prints the goals beside the ratios.
# Usage: tools/bench/tiles.sh [FEATURES]   (default 100000; installs wrk and curl with apt-get when missing and root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
features=${1:-100000}
duration=${BENCH_SECONDS:-10}
warm_up_seconds=${WARM_UP_SECONDS:-20}
per_zoom=1000
seed=7
concurrencies=(2 8 64)
bands=("6 8" "9 11" "12 14")

# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing wrk wrk || exit 1
install_missing curl curl || exit 1

# shellcheck source=tools/bench/plots.sh
source tools/bench/plots.sh
peer_pid=""
at_exit+=('stop_process "$peer_pid"')
dotnet build tools/bench/StAsMvtPeer/StAsMvtPeer.csproj --configuration Release --verbosity quiet >/dev/null

band_name() { echo "z$1-$2"; }
for band in "${bands[@]}"; do
  read -r z0 z1 <<<"$band"
  name=$(band_name "$z0" "$z1")
  tile_list "$z0" "$z1" "$per_zoom" >"$work/$name.tiles"
  awk '{ print "/collections/plots/tiles/WebMercatorQuad/" $1 "/" $3 "/" $2 }' "$work/$name.tiles" >"$work/$name.ours"
  awk '{ print "/plots/" $1 "/" $2 "/" $3 }' "$work/$name.tiles" >"$work/$name.peer"
done
# The warm-up tiles: z12-14 tiles no list asks for (the other bands' lists are at other zooms).
tile_list 12 14 1000000 | awk 'NR == FNR { listed[$0] = 1; next } !($0 in listed)' "$work/z12-14.tiles" - >"$work/warm-up.tiles"
awk '{ print "/collections/plots/tiles/WebMercatorQuad/" $1 "/" $3 "/" $2 }' "$work/warm-up.tiles" >"$work/warm-up.ours"
awk '{ print "/plots/" $1 "/" $2 "/" $3 }' "$work/warm-up.tiles" >"$work/warm-up.peer"
warm_up() {
  wrk -t 2 -c 64 -d "${warm_up_seconds}s" --timeout 120s -s tools/bench/urls.lua "$1" -- "$2" once 2 >/dev/null
}

server_port=$(postgis_free_port)
peer_port=$(postgis_free_port)
ours="http://127.0.0.1:$server_port"
peer="http://127.0.0.1:$peer_port"
start_server() {
  start_geoplan "$ours"
  warm_up "$ours" "$work/warm-up.ours"
}

echo "tiles.sh: starting the peer" >&2
dotnet tools/bench/StAsMvtPeer/bin/Release/net10.0/StAsMvtPeer.dll --urls "$peer" \
  --pg "$GEOPLAN_TEST_PG;Maximum Pool Size=64;No Reset On Close=true" >"$work/peer.log" 2>&1 &
peer_pid=$!
wait_for "$peer/plots/0/0/0" 204

# wrk over a list: prints "tiles/s failures socket_errors" (rate as the list's length over the pass for "once").
measure() {
  local base=$1 list=$2 mode=$3 connections=$4 threads limit out
  threads=$((connections < 2 ? connections : 2))
  limit=$([ "$mode" = once ] && echo 600 || echo "$duration")
  out=$(wrk -t "$threads" -c "$connections" -d "${limit}s" --timeout 120s -s tools/bench/urls.lua "$base" -- "$list" "$mode" "$threads")
  echo "$out" >>"$work/wrk.log"
  awk '
    /^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
    /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
    END { rate = (v["seconds"] > 0) ? v["requests"] / v["seconds"] : 0; printf "%.1f %d %d%s\n", rate, v["failures"], socket, (v["incomplete"] ? " incomplete" : "") }' <<<"$out"
}
# The largest tile of a list, in KB, fetching each once; also counts answers that are neither 200 nor 204.
largest() {
  local base=$1 list=$2
  sed "s|.*|url = \"$base&\"\noutput = \"/dev/null\"|" "$list" >"$work/curl.conf"
  curl -s -K "$work/curl.conf" -w '%{http_code} %{size_download}\n' |
    awk '{ if ($2 > max) max = $2; if ($1 != 200 && $1 != 204) bad++ } END { printf "%.1f %d\n", max / 1024, bad }'
}

warm_up "$peer" "$work/warm-up.peer"

echo "PostGIS $(sql 'SELECT postgis_lib_version()'), $features plots, $(nproc) processors, ${duration}s per warm/peer setting, wrk -t min(c,2)"
printf '%-7s %4s %6s %11s %11s %11s %10s %10s\n' band conns tiles "ours cold" "ours warm" peer cold/peer warm/peer
: >"$work/results"
for band in "${bands[@]}"; do
  read -r z0 z1 <<<"$band"
  name=$(band_name "$z0" "$z1")
  count=$(wc -l <"$work/$name.tiles")
  for connections in "${concurrencies[@]}"; do
    start_server
    read -r cold cold_failures cold_socket cold_note <<<"$(measure "$ours" "$work/$name.ours" once "$connections")"
    read -r warm warm_failures warm_socket _ <<<"$(measure "$ours" "$work/$name.ours" cycle "$connections")"
    read -r peer_rate peer_failures peer_socket _ <<<"$(measure "$peer" "$work/$name.peer" cycle "$connections")"
    notes=""
    [ "$cold_failures$warm_failures$peer_failures" = 000 ] || notes+=" status>=400: cold $cold_failures, warm $warm_failures, peer $peer_failures;"
    [ "$cold_socket$warm_socket$peer_socket" = 000 ] || notes+=" socket errors: cold $cold_socket, warm $warm_socket, peer $peer_socket;"
    [ -z "${cold_note:-}" ] || notes+=" cold pass incomplete;"
    printf '%-7s %4s %6s %9s/s %9s/s %9s/s %9sx %9sx%s\n' "$name" "$connections" "$count" "$cold" "$warm" "$peer_rate" \
      "$(awk -v a="$cold" -v b="$peer_rate" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')" \
      "$(awk -v a="$warm" -v b="$peer_rate" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')" "$notes"
    echo "$name $connections $cold $warm $peer_rate" >>"$work/results"
  done
  read -r ours_kb ours_bad <<<"$(largest "$ours" "$work/$name.ours")"
  read -r peer_kb peer_bad <<<"$(largest "$peer" "$work/$name.peer")"
  echo "$name largest tile: ours $ours_kb KB, peer $peer_kb KB$([ "$ours_bad$peer_bad" = 00 ] || echo " (answers neither 200 nor 204: ours $ours_bad, peer $peer_bad)")"
  echo "$name $ours_kb $peer_kb" >>"$work/sizes"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "Summary: medians over 2, 8 and 64 connections (tiles/s), the ratios of those medians to the peer's, largest tile, goals"
printf '%-7s %11s %11s %11s %10s %10s %18s  %s\n' band "ours cold" "ours warm" peer cold/peer warm/peer "max KB ours/peer" goal
for band in "${bands[@]}"; do
  read -r z0 z1 <<<"$band"
  name=$(band_name "$z0" "$z1")
  cold=$(awk -v b="$name" '$1 == b { print $3 }' "$work/results" | median)
  warm=$(awk -v b="$name" '$1 == b { print $4 }' "$work/results" | median)
  peer_rate=$(awk -v b="$name" '$1 == b { print $5 }' "$work/results" | median)
  read -r _ ours_kb peer_kb <<<"$(grep "^$name " "$work/sizes")"
  cold_ratio=$(awk -v a="$cold" -v b="$peer_rate" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  warm_ratio=$(awk -v a="$warm" -v b="$peer_rate" 'BEGIN { printf "%.1f", (b > 0) ? a / b : 0 }')
  met() { awk -v v="$1" -v g="$2" 'BEGIN { print (v >= g) ? "met" : "MISSED" }'; }
  case $name in
    z6-8) goal="warm >= 50x: $(met "$warm_ratio" 50); every tile <= 500 KB: $(awk -v k="$ours_kb" 'BEGIN { print (k <= 500) ? "met" : "MISSED" }')" ;;
    z9-11) goal="warm >= 10x: $(met "$warm_ratio" 10)" ;;
    *) goal="cold >= 1x: $(met "$cold_ratio" 1); warm >= 10x: $(met "$warm_ratio" 10)" ;;
  esac
  printf '%-7s %9s/s %9s/s %9s/s %9sx %9sx %18s  %s\n' "$name" "$cold" "$warm" "$peer_rate" "$cold_ratio" "$warm_ratio" "$ours_kb / $peer_kb" "$goal"
done
