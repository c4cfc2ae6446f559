#!/bin/sh
# Runs a command inside a private D-Bus session with a real Secret Service: gnome-keyring, its
# login keyring created and unlocked for the test, in a throwaway HOME so no real keyring is touched.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    eval "$(printf "quorum-test" | gnome-keyring-daemon --unlock --components=secrets | sed "s/^/export /")"
    exec "$@"' sh "$@"
