#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS + pgRouting cluster for tests and benchmarks.
#
# Source it and call postgis_start; it exports
#   GEOPLAN_TEST_PG       an Npgsql connection string to the database geoplan_test
#   GEOPLAN_TEST_PG_DATA  the cluster's data directory
#   GEOPLAN_TEST_PG_CTL   the pg_ctl that runs it: a test may stop and start the cluster with
#                         pg_ctl -D "$GEOPLAN_TEST_PG_DATA" -w stop|start (as the postgres user when root)
# and removes the cluster when the shell exits, fails or is interrupted. Or run a command beside one:
#   tools/postgis.sh run dotnet test ...
# Installs Debian's postgresql-15-postgis-3 and postgresql-15-pgrouting when missing and run as root.

POSTGIS_BIN=${POSTGIS_BIN:-/usr/lib/postgresql/15/bin}
POSTGIS_PACKAGES=(postgresql-15-postgis-3 postgresql-15-pgrouting)
_postgis_dir=""

# True when PostgreSQL 15 with PostGIS and pgRouting is installed, installing it first when we can.
postgis_install() {
  local share=/usr/share/postgresql/15/extension
  if [ -x "$POSTGIS_BIN/initdb" ] && [ -f "$share/postgis.control" ] && [ -f "$share/pgrouting.control" ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "postgis.sh: PostgreSQL 15 with PostGIS is not installed; as root: apt-get install ${POSTGIS_PACKAGES[*]}" >&2
    return 1
  fi
  echo "postgis.sh: installing ${POSTGIS_PACKAGES[*]}" >&2
  apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${POSTGIS_PACKAGES[@]}" >/dev/null
}

# Runs a PostgreSQL program as the cluster's owner: initdb and postgres refuse to run as root.
postgis_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on now.
postgis_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# Starts the cluster and exports its connection string; returns non-zero with a message when it cannot.
postgis_start() {
  postgis_install || return 1
  _postgis_dir=$(mktemp -d "${TMPDIR:-/tmp}/geoplan-pg.XXXXXX") || return 1
  trap postgis_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  [ "$(id -u)" -eq 0 ] && chown postgres: "$_postgis_dir"
  chmod 700 "$_postgis_dir"

  local data="$_postgis_dir/data" port
  postgis_as_owner "$POSTGIS_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$_postgis_dir/initdb.log" 2>&1 ||
    { echo "postgis.sh: initdb failed:" >&2; cat "$_postgis_dir/initdb.log" >&2; return 1; }
  # Trust only connections from this machine's loopback and the private socket directory.
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$data/pg_hba.conf"

  # Settings live in the cluster's own config, so a test can stop it and start it again with plain pg_ctl.
  echo "include 'geoplan.conf'" >>"$data/postgresql.conf"
  for _ in 1 2 3; do
    port=$(postgis_free_port) || break
    # A throwaway cluster needs no durability: skipping fsync makes loads and test databases fast.
    cat >"$data/geoplan.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$_postgis_dir'
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    [ "$(id -u)" -eq 0 ] && chown postgres: "$data/geoplan.conf"
    if postgis_as_owner "$POSTGIS_BIN/pg_ctl" -D "$data" -l "$_postgis_dir/server.log" -w -t 60 start >/dev/null; then
      break
    fi
    port=""
  done
  if [ -z "$port" ]; then
    echo "postgis.sh: PostgreSQL did not start:" >&2
    tail -n 20 "$_postgis_dir/server.log" >&2
    return 1
  fi

  "$POSTGIS_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres geoplan_test &&
    "$POSTGIS_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d geoplan_test -q -v ON_ERROR_STOP=1 \
      -c "CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS pgrouting;" ||
    { echo "postgis.sh: could not create geoplan_test with PostGIS and pgRouting" >&2; return 1; }

  export GEOPLAN_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=geoplan_test"
  export GEOPLAN_TEST_PG_DATA="$data"
  export GEOPLAN_TEST_PG_CTL="$POSTGIS_BIN/pg_ctl"
  echo "postgis.sh: PostGIS $("$POSTGIS_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d geoplan_test -Atc 'SELECT postgis_lib_version()') on 127.0.0.1:$port" >&2
}

# Stops the cluster and deletes its directory; safe to call when none was started.
postgis_stop() {
  [ -n "$_postgis_dir" ] || return 0
  if [ -f "$_postgis_dir/data/postmaster.pid" ]; then
    postgis_as_owner "$POSTGIS_BIN/pg_ctl" -D "$_postgis_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$_postgis_dir"
  _postgis_dir=""
  unset GEOPLAN_TEST_PG GEOPLAN_TEST_PG_DATA GEOPLAN_TEST_PG_CTL
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  if [ "${1:-}" != run ] || [ $# -lt 2 ]; then
    echo "usage: tools/postgis.sh run COMMAND [ARG...]   (or source it and call postgis_start)" >&2
    exit 2
  fi
  shift
  postgis_start
  status=0
  "$@" || status=$?
  exit $status
fi
