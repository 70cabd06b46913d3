#!/usr/bin/env bash
# The set-up tools/bench/tiles.sh and tools/bench/wms.sh share; source it with `features` and `seed` set. It leaves:
#   a throwaway PostGIS ($GEOPLAN_TEST_PG) with room for 300 connections, holding $features generated plots loaded by the
#   published geoplan and analysed; the published server in $work/server; the data's extent in min_lon min_lat max_lon max_lat;
#   sql QUERY, wait_for URL STATUS, stop_process PID, tile_list MIN_ZOOM MAX_ZOOM PER_ZOOM ("z x y" lines, seeded),
#   start_geoplan URL (runs the server on the database; its pid in server_pid).
# Everything started is stopped at exit: add a command to `at_exit` for what the caller starts itself.

bench=$(basename "$0")
# shellcheck source=tools/postgis.sh
source tools/postgis.sh
postgis_start
work=$(mktemp -d)
server_pid=""
at_exit=()
stop_process() {
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  set +e
  stop_process "$server_pid"
  for command in "${at_exit[@]}"; do eval "$command"; done
  rm -rf "$work"
  postgis_stop
}
# postgis_start set its own exit trap; this one stops the cluster too.
trap cleanup EXIT

pg_host=$(sed -E 's/.*Host=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
pg_port=$(sed -E 's/.*Port=([^;]*).*/\1/' <<<"$GEOPLAN_TEST_PG")
sql() { psql -h "$pg_host" -p "$pg_port" -U postgres -d geoplan_test -Atq -v ON_ERROR_STOP=1 -c "$1"; }

# Both sides may hold a connection per wrk connection at once: room for 64 each and more.
sql "ALTER SYSTEM SET max_connections = 300" >/dev/null
postgis_as_owner "$GEOPLAN_TEST_PG_CTL" -D "$GEOPLAN_TEST_PG_DATA" -l "$(dirname "$GEOPLAN_TEST_PG_DATA")/server.log" -w -m fast restart >/dev/null

echo "$bench: building" >&2
dotnet build GeoPlan.sln --configuration Release --verbosity quiet >/dev/null
dotnet publish src/GeoPlan.Cli --configuration Release --use-current-runtime --output "$work/geoplan" --verbosity quiet >/dev/null
dotnet publish src/GeoPlan.Server --configuration Release --output "$work/server" --verbosity quiet >/dev/null
dotnet tools/GeoPlan.DataGenerator/bin/Release/net10.0/GeoPlan.DataGenerator.dll "$work/geodata" "$features" "$seed" >&2
"$work/geoplan/geoplan" load --pg "$GEOPLAN_TEST_PG" --geodata "$work/geodata" >&2
# The loader leaves statistics to autovacuum; gather them now so neither side meets a planner without them.
sql "VACUUM ANALYZE layers.plots" >/dev/null
read -r min_lon min_lat max_lon max_lat <<<"$(sql "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) AS e FROM layers.plots) s" | tr '|' ' ')"

# The tiles covering the data's extent, up to PER_ZOOM per zoom, seeded and shuffled: "z x y" lines.
tile_list() {
  awk -v min_zoom="$1" -v max_zoom="$2" -v seed="$seed" -v w="$min_lon" -v s="$min_lat" -v e="$max_lon" -v n="$max_lat" '
    function tile_x(lon, z) { return int((lon + 180) / 360 * 2 ^ z) }
    function tile_y(lat, z,   r) { r = lat * 3.141592653589793 / 180; return int((1 - log(sin(r) / cos(r) + 1 / cos(r)) / 3.141592653589793) / 2 * 2 ^ z) }
    BEGIN {
      srand(seed)
      for (z = min_zoom; z <= max_zoom; z++)
        for (x = tile_x(w, z); x <= tile_x(e, z); x++)
          for (y = tile_y(n, z); y <= tile_y(s, z); y++)
            printf "%.12f %d %d %d\n", rand(), z, x, y
    }' | sort -g | awk -v per="$3" '++count[$2] <= per { print $2, $3, $4 }'
}

wait_for() {
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = "$2" ] && return 0
    sleep 0.25
  done
  echo "$bench: $1 did not answer $2" >&2
  return 1
}

# Runs the published server on the database from its own folder (where it finds its appsettings.json), until it is ready. Its
# per-client tile rate is off: wrk is one client asking as fast as it can, which is what the benchmark measures.
start_geoplan() {
  stop_process "$server_pid"
  (cd "$work/server" && GeoPlan__Store=postgis ConnectionStrings__GeoPlan="$GEOPLAN_TEST_PG" GeoPlan__Limits__TilesPerSecond=0 \
    exec "$work/server/GeoPlan.Server" --urls "$1" >>"$work/server.log" 2>&1) &
  server_pid=$!
  wait_for "$1/readyz" 200
}
