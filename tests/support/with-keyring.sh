#!/bin/sh
# Runs a command inside a private D-Bus session with a real Secret Service: gnome-keyring, its
# login keyring created and unlocked for the test, in a throwaway HOME so no real keyring is touched.
# The command starts only once the Secret Service owns its name on the bus: on a loaded machine the
# daemon can take seconds, and a test that met no keychain would fail for the wrong reason.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    owned() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
    }
    eval "$(printf "quorum-test" | gnome-keyring-daemon --unlock --components=secrets | sed "s/^/export /")"
    tries=0
    until owned; do
        tries=$((tries + 1))
        if [ "$tries" -ge 300 ]; then
            echo "with-keyring.sh: the Secret Service did not come up within 30 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"' sh "$@"
