#!/usr/bin/env bash
# WMS benchmark: GeoPlan's /wms GetMap (256x256 PNG, LAYERS=plots, CRS=EPSG:3857) against MapServer's, both drawing the
# same PostGIS table of FEATURES generated plots in a throwaway cluster, measured in the same run.
# MapServer runs as long-lived FastCGI processes (spawn-fcgi, two per processor) behind lighttpd, with the mapfile
# tools/bench/plots.map (simple fill and outline). The requests are the boxes of web-mercator tiles at z12-14 over the data
# (up to 100 per zoom, seeded, the same list for both); wrk cycles through them for BENCH_SECONDS (default 10) at 2, 8
# and 64 connections and it prints maps/s for each side and their ratio, then medians. Goal: GeoPlan >= 1x MapServer.
# Usage: tools/bench/wms.sh [FEATURES]   (default 100000; installs wrk, curl, mapserver-bin, cgi-mapserver, spawn-fcgi
# and lighttpd with apt-get when missing and root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
features=${1:-100000}
duration=${BENCH_SECONDS:-10}
per_zoom=100
seed=7
concurrencies=(2 8 64)
fcgi_processes=$(($(nproc) * 2))

# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing wrk wrk || exit 1
install_missing curl curl || exit 1
install_missing mapserv mapserver-bin || exit 1
[ -x /usr/bin/mapserv ] || [ -x /usr/lib/cgi-bin/mapserv ] || install_missing /usr/lib/cgi-bin/mapserv cgi-mapserver || exit 1
install_missing spawn-fcgi spawn-fcgi || exit 1
install_missing lighttpd lighttpd || exit 1
mapserv=$(command -v mapserv || echo /usr/lib/cgi-bin/mapserv)

# shellcheck source=tools/bench/plots.sh
source tools/bench/plots.sh
lighttpd_pid=""
at_exit+=('stop_process "$lighttpd_pid"')
# libfcgi only notes SIGTERM and waits for the next request, so the FastCGI processes get SIGKILL.
at_exit+=('[ -f "$work/mapserv.pids" ] && for pid in $(cat "$work/mapserv.pids"); do kill -KILL "$pid" 2>/dev/null || true; done')

# The boxes (EPSG:3857) of the tiles at z12-14 covering the data's extent, up to $per_zoom per zoom, seeded and shuffled.
tile_list 12 14 "$per_zoom" |
  awk '{ half = 20037508.342789244; size = 2 * half / 2 ^ $1
         printf "%.3f,%.3f,%.3f,%.3f\n", -half + $2 * size, half - ($3 + 1) * size, -half + ($2 + 1) * size, half - $3 * size }' >"$work/boxes"
query="SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=plots&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png&BBOX="
awk -v prefix="/wms?$query" '{ print prefix $0 }' "$work/boxes" >"$work/ours.list"
awk -v prefix="/ms?$query" '{ print prefix $0 }' "$work/boxes" >"$work/mapserver.list"

# GeoPlan on the loaded database.
ours="http://127.0.0.1:$(postgis_free_port)"
start_geoplan "$ours"

# MapServer: FastCGI processes on a socket, lighttpd in front.
sed "s|@PG@|host=$pg_host port=$pg_port user=postgres dbname=geoplan_test|" tools/bench/plots.map >"$work/plots.map"
sed "s|@MAPFILE@|$work/plots.map|" tools/bench/mapserver.conf >"$work/mapserver.conf"
MAPSERVER_CONFIG_FILE="$work/mapserver.conf" spawn-fcgi -s "$work/mapserv.sock" -F "$fcgi_processes" -P "$work/mapserv.pids" -- "$mapserv" >/dev/null
mapserver_port=$(postgis_free_port)
mapserver="http://127.0.0.1:$mapserver_port"
sed "s|@ROOT@|$work|g; s|@PORT@|$mapserver_port|; s|@SOCKET@|$work/mapserv.sock|" tools/bench/lighttpd.conf >"$work/lighttpd.conf"
lighttpd -D -f "$work/lighttpd.conf" &
lighttpd_pid=$!
wait_for "$mapserver/ms?SERVICE=WMS&REQUEST=GetCapabilities" 200

blank_sides=""
# Both must answer every request of the list with a PNG (MapServer reports errors as 200 with XML) before anything is measured.
for side in ours mapserver; do
  base=$([ "$side" = ours ] && echo "$ours" || echo "$mapserver")
  type=$(curl -s -o "$work/first.png" -w '%{http_code} %{content_type}' "$base$(head -n 1 "$work/$side.list")")
  [ "$type" = "200 image/png" ] || { echo "wms.sh: $side answered '$type':" >&2; head -c 600 "$work/first.png" >&2; exit 1; }
  awk -v base="$base" '{ print "url = \"" base $0 "\"\noutput = \"/dev/null\"" }' "$work/$side.list" >"$work/curl.conf"
  bad=$(curl -s -K "$work/curl.conf" -w '%{http_code} %{content_type}\n' | grep -vc '^200 image/png$' || true)
  [ "$bad" = 0 ] || echo "wms.sh: $side answered $bad of $(wc -l <"$work/$side.list") requests with something other than a 200 PNG" >&2
  # A map of a box over the data must differ from the map of a box with no data (at 0,0), else the side drew nothing.
  curl -s -o "$work/empty.png" "$base$(head -n 1 "$work/$side.list" | sed -E 's/BBOX=.*/BBOX=0,0,2445.985,2445.985/')"
  blank=0
  for path in $(head -n 10 "$work/$side.list"); do
    curl -s -o "$work/map.png" "$base$path"
    cmp -s "$work/map.png" "$work/empty.png" && blank=$((blank + 1))
  done
  [ "$blank" -lt 10 ] || blank_sides+=" $side"
done

# wrk over a list: prints "maps/s failures socket_errors".
measure() {
  local base=$1 list=$2 connections=$3 threads out
  threads=$((connections < 2 ? connections : 2))
  out=$(wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 120s -s tools/bench/urls.lua "$base" -- "$list" cycle "$threads")
  echo "$out" >>"$work/wrk.log"
  awk '
    /^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
    /Socket errors/ { gsub(/,/, ""); socket = $4 + $6 + $8 + $10 }
    END { rate = (v["seconds"] > 0) ? v["requests"] / v["seconds"] : 0; printf "%.1f %d %d\n", rate, v["failures"], socket }' <<<"$out"
}

# A first pass each compiles GeoPlan's path and opens MapServer's connections.
measure "$ours" "$work/ours.list" 8 >/dev/null
measure "$mapserver" "$work/mapserver.list" 8 >/dev/null

echo "PostGIS $(sql 'SELECT postgis_lib_version()'), $("$mapserv" -v | cut -d' ' -f1-3) as $fcgi_processes FastCGI processes behind lighttpd $(lighttpd -v | head -n 1 | cut -d' ' -f1 | cut -d/ -f2)"
for side in $blank_sides; do
  echo "WARNING: $([ "$side" = ours ] && echo geoplan || echo mapserver)'s maps of the first 10 boxes are identical to its map of an empty box: it draws none of the plots, so its rate is not comparable"
done
echo "$features plots, $(wc -l <"$work/boxes") GetMap boxes at z12-14 (256x256 PNG, EPSG:3857), $(nproc) processors, ${duration}s per setting, wrk -t min(c,2)"
printf '%5s %12s %12s %14s\n' conns geoplan mapserver geoplan/mapserver
: >"$work/results"
for connections in "${concurrencies[@]}"; do
  read -r rate failures socket <<<"$(measure "$ours" "$work/ours.list" "$connections")"
  read -r ms_rate ms_failures ms_socket <<<"$(measure "$mapserver" "$work/mapserver.list" "$connections")"
  notes=""
  [ "$failures$ms_failures" = 00 ] || notes+=" status>=400: geoplan $failures, mapserver $ms_failures;"
  [ "$socket$ms_socket" = 00 ] || notes+=" socket errors: geoplan $socket, mapserver $ms_socket;"
  printf '%5s %10s/s %10s/s %13sx%s\n' "$connections" "$rate" "$ms_rate" \
    "$(awk -v a="$rate" -v b="$ms_rate" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')" "$notes"
  echo "$rate $ms_rate" >>"$work/results"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ours_median=$(awk '{ print $1 }' "$work/results" | median)
mapserver_median=$(awk '{ print $2 }' "$work/results" | median)
ratio=$(awk -v a="$ours_median" -v b="$mapserver_median" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
echo
echo "Summary: medians over 2, 8 and 64 connections"
echo "geoplan /wms:       $ours_median maps/s"
echo "mapserver (fcgi):   $mapserver_median maps/s"
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 1) ? "met" : "MISSED" }')
[ -z "$blank_sides" ] || verdict="not comparable, see the warning above"
echo "ratio geoplan / mapserver: ${ratio}x (goal >= 1x: $verdict)"
