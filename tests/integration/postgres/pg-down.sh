#!/usr/bin/env bash
# Stops the PostgreSQL cluster brought up by pg-up.sh and removes its state.
set -uo pipefail
state=${1:?state directory}
[ -d "$state/data" ] || { rm -rf "$state"; exit 0; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$state/data" -m immediate -w stop > /dev/null 2>&1
else
    "$bin/pg_ctl" -D "$state/data" -m immediate -w stop > /dev/null 2>&1
fi
rm -rf "$state"
exit 0
