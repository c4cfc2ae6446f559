#!/usr/bin/env bash
# Brings up a private PostgreSQL cluster for the tests, from Debian's packages: initdb in STATE/data,
# listening on loopback only (and a socket in STATE), trust authentication for the local test role,
# settings for a throw-away cluster (no fsync: the tests kill the server on purpose, they do not
# test the disk). Writes STATE/postgres.env with the server's URL.
#
#   pg-up.sh STATE_DIR [PORT]      start (idempotent: a running cluster is reused)
#   pg-down.sh STATE_DIR           stop and remove
set -euo pipefail

state=${1:?state directory}
port=${2:-8766}
mkdir -p "$state"
state=$(cd "$state" && pwd)
env_file=$state/postgres.env
bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || {
    echo "pg-up: PostgreSQL is missing (installer/dev-setup.sh test installs it)" >&2
    exit 1
}

# PostgreSQL refuses to run as root: the cluster belongs to the postgres account when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -f "$env_file" ] && as_owner "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    echo "PostgreSQL already up on port $port"
    exit 0
fi
data=$state/data
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$state"; fi
if [ ! -f "$data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$data" -U quorum --auth=trust -E UTF8 --locale=C.UTF-8 > "$state/initdb.log" 2>&1 \
        || { echo "pg-up: initdb failed; see $state/initdb.log" >&2; exit 1; }
fi
as_owner "$bin/pg_ctl" -D "$data" -l "$state/postgres.log" -w -t 60 start \
    -o "-h 127.0.0.1 -p $port -k $state -c fsync=off -c full_page_writes=off \
        -c max_connections=300 -c shared_buffers=128MB" > /dev/null \
    || { echo "pg-up: PostgreSQL did not start; see $state/postgres.log" >&2; exit 1; }
cat > "$env_file" << ENV
QUORUM_TEST_PG=postgresql://quorum@127.0.0.1:$port/postgres
QUORUM_TEST_PG_DATA=$data
QUORUM_TEST_PG_BIN=$bin
ENV
chmod a+r "$env_file"
echo "PostgreSQL up on 127.0.0.1:$port"
