#!/usr/bin/env bash
# Quorum's two set-up commands for a fresh Debian 12 machine (run as root from the clone):
#
#   installer/dev-setup.sh demo   install what is missing, build, launch Quorum on the demo workspace
#   installer/dev-setup.sh test   install what is missing, build, run the whole test suite
#
# Both are idempotent: packages already present are not reinstalled, the build is incremental.
set -euo pipefail

mode=${1:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${QUORUM_BUILD_DIR:-$root/build}
jobs=$(nproc)

# What building Quorum needs (Debian 12 packages only).
build_packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev qt6-svg-dev libqt6opengl6-dev libgl-dev libvulkan-dev
    qtkeychain-qt6-dev libspdlog-dev libcurl4-openssl-dev qt6-pdf-dev liblcms2-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core
    # the site factory's thumbnails and previews: generated pages rendered by headless Chromium
    chromium
)
# What the test suite needs on top: an X-less GUI platform, packaging tools, and the real servers
# the integration tests talk to.
test_packages=(
    dpkg-dev desktop-file-utils appstream file clang-format xvfb xauth
    # a real WordPress on loopback (tests/integration/wordpress/wp-up.sh starts and installs it)
    wordpress mariadb-server php-cli php-mysql curl
    # a real Secret Service for the keychain tests (gnome-keyring in a private D-Bus session; dbus-send
    # asks whether it is up before a test starts)
    gnome-keyring dbus-daemon dbus-bin
    # a real PostgreSQL for the team-mode tests (tests/integration/postgres/pg-up.sh starts a private
    # cluster) and a real SMTP server for the alert and report e-mails
    postgresql python3-aiosmtpd
    # the approval gateway's Python client (resources/python) talks to the real gateway in the tests, and
    # its TLS test makes a certificate with openssl
    python3-websockets openssl
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "All ${#@} packages already installed"
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        echo "These packages are missing: ${missing[*]}" >&2
        echo "Run this command as root (or install them with sudo apt-get install) and try again." >&2
        exit 1
    fi
    log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror=$1
    shift
    log "Configuring in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUORUM_WERROR="$werror" "$@" > /dev/null
    log "Building with $jobs jobs"
    cmake --build "$build" -j "$jobs"
}

case "$mode" in
demo)
    install_missing "${build_packages[@]}"
    # Keep a build the test command made (with -Werror) as it is: switching the flag would rebuild all.
    werror=$(sed -n 's/^QUORUM_WERROR:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
    configure_and_build "${werror:-OFF}"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Quorum is built ($build/bin/quorum), but there is no display to open a window on." >&2
        echo "Run this command from a desktop session, or with X forwarding (ssh -X)." >&2
        exit 1
    fi
    log "Launching Quorum on the demo workspace"
    exec "$build/bin/quorum" --demo
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    # Line tables are debug information enough for the tests' backtraces, and a quicker build than full.
    configure_and_build ON -DQUORUM_DEBUG_INFO=lines
    log "Running the test suite"
    cd "$build"
    export QT_QPA_PLATFORM=offscreen
    # Tests run in a random order, and the GUI tests' functions in a shuffled one: none may depend on
    # another. The seed is printed; QUORUM_TEST_SHUFFLE=<seed> repeats an order.
    export QUORUM_TEST_SHUFFLE=${QUORUM_TEST_SHUFFLE:-$RANDOM}
    log "GUI test functions shuffled with QUORUM_TEST_SHUFFLE=$QUORUM_TEST_SHUFFLE"
    ctest --output-on-failure --schedule-random -j "$jobs" --timeout 900
    ;;
*)
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
