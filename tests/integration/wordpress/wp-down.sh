#!/usr/bin/env bash
# Stops the WordPress brought up by wp-up.sh and removes its state.
set -uo pipefail
state=${1:?state directory}
[ -d "$state" ] || exit 0
for pidfile in "$state/php.pid" "$state/mariadb.pid"; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2> /dev/null
done
for _ in $(seq 1 50); do
    [ -f "$state/mariadb.pid" ] && kill -0 "$(cat "$state/mariadb.pid")" 2> /dev/null || break
    sleep 0.1
done
rm -f /etc/wordpress/config-127.0.0.1.php
rm -rf "$state"
exit 0
