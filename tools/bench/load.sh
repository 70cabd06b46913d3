#!/usr/bin/env bash
# Load benchmark: the published service on 127.0.0.1 with its embedded store (the bundled Shenyang data), under wrk with a
# planner's mix of vector tiles (z10-z14), items pages and commute queries (tools/bench/mix.lua says the mix).
# Prints requests/s, p50 and p99 latency and the error count (answers neither 2xx nor 3xx, and socket errors); exits non-zero
# on any error.
# Usage: tools/bench/load.sh [SECONDS] [CONNECTIONS]   (defaults: 60 s, 64 connections; 2 wrk threads; 10 s warm-up first)
# The per-client rate limits (GeoPlan:Limits) are raised far above what one client can ask here: wrk is one client, and this
# measures the service, not its limiter, which still runs on every request.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration=${1:-60}
connections=${2:-64}
threads=2
warm_up=10

# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing wrk wrk || exit 1
install_missing curl curl || exit 1
# shellcheck source=tools/postgis.sh
source tools/postgis.sh

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "load.sh: publishing the service" >&2
dotnet publish src/GeoPlan.Server --configuration Release --output "$work/server" --verbosity quiet >/dev/null
port=$(postgis_free_port)
url="http://127.0.0.1:$port"
geodata=$(pwd)/geodata
(cd "$work/server" && GeoPlan__Geodata="$geodata" GeoPlan__GeoPackage="$work/geoplan.gpkg" \
  GeoPlan__Limits__TilesPerSecond=1000000 GeoPlan__Limits__AnalysisPerSecond=1000000 \
  exec "$work/server/GeoPlan.Server" --urls "$url" >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/readyz" || true)" = 200 ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "load.sh: the service stopped:" >&2; tail -n 20 "$work/server.log" >&2; exit 1; }
  sleep 0.5
done

echo "load.sh: warming up for ${warm_up} s" >&2
wrk -t "$threads" -c "$connections" -d "${warm_up}s" --timeout 30s -s tools/bench/mix.lua "$url" >/dev/null
echo "load.sh: measuring for ${duration} s at $connections connections, $threads threads" >&2
out=$(wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 30s --latency -s tools/bench/mix.lua "$url")
echo "$out" >"$work/wrk.log"
result=$(grep '^RESULT' <<<"$out") || { echo "load.sh: wrk gave no result:" >&2; cat "$work/wrk.log" >&2; exit 1; }
declare -A v
for pair in ${result#RESULT }; do v[${pair%%=*}]=${pair#*=}; done

echo "$(nproc) processors, ${duration} s, $connections connections, $threads threads, embedded store, bundled data"
echo "mix: ${v[tiles]} tiles, ${v[items]} items pages, ${v[commutes]} commute queries (uncached) sent"
awk -v r="${v[requests]}" -v s="${v[seconds]}" 'BEGIN { printf "requests/s: %.1f (%d requests)\n", r / s, r }'
echo "latency p50: ${v[p50_ms]} ms, p99: ${v[p99_ms]} ms"
errors=$((v[errors] + v[socket_errors]))
echo "errors: $errors (status >= 400: ${v[errors]}, socket: ${v[socket_errors]})"
[ "$errors" -eq 0 ] || { echo "load.sh: FAILED with $errors errors" >&2; exit 1; }
