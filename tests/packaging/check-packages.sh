#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, checks their contents, and runs the packaged binary.
# usage: check-packages.sh <build-dir> <version>
set -euo pipefail
build=$1
version=$2
cd "$build"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G "DEB;TGZ" -B "$out/pkg" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack failed"; }
deb=$(ls "$out"/pkg/quorum_"$version"_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$out"/pkg/quorum-"$version"-*.tar.gz 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb produced: $(ls "$out/pkg")"
[ -n "$tgz" ] || fail "no .tar.gz produced: $(ls "$out/pkg")"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/quorum \
            ./usr/share/applications/org.quorum.Quorum.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.quorum.Quorum.svg \
            ./usr/share/metainfo/org.quorum.Quorum.metainfo.xml \
            ./usr/lib/systemd/system/quorum@.service \
            ./usr/lib/systemd/system/quorum-worker@.service \
            ./usr/share/quorum/python/quorum_gateway.py \
            ./usr/share/quorum/python/example_price_agent.py; do
    grep -q " $path\$" <<< "$contents" || fail "$path missing from $(basename "$deb")"
done
echo "deb contents ok"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libqt6sql6-sqlite libqt6charts6; do
    grep -q "$dep" <<< "$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "wrong version in control file"
echo "deb control ok: $depends"

tar -tzf "$tgz" | grep -q '/usr/bin/quorum$\|/bin/quorum$' || fail "quorum missing from the tarball"
echo "tarball ok"

if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$(dirname "$0")/../../installer/org.quorum.Quorum.desktop" || fail "desktop entry invalid"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net --pedantic "$(dirname "$0")/../../installer/org.quorum.Quorum.metainfo.xml" \
        > "$out/appstream.log" 2>&1 || { cat "$out/appstream.log"; fail "metainfo invalid"; }
fi

# The services start the packaged binary with a command it knows.
for unit in quorum@.service quorum-worker@.service; do
    file="$(dirname "$0")/../../installer/$unit"
    exec_line=$(sed -n 's/^ExecStart=//p' "$file")
    case "$exec_line" in
        "/usr/bin/quorum serve --workspace /var/lib/quorum/%i"|"/usr/bin/quorum worker --workspace /var/lib/quorum/%i") ;;
        *) fail "$unit starts: $exec_line" ;;
    esac
    grep -q '^KillSignal=SIGTERM$' "$file" || fail "$unit does not stop with SIGTERM (the safe point)"
    grep -q '^WantedBy=multi-user.target$' "$file" || fail "$unit cannot be enabled"
done
echo "systemd units ok"

# The installed binary answers --version (installed into a scratch root, not onto this machine).
dpkg-deb -x "$deb" "$out/root"
answer=$("$out/root/usr/bin/quorum" --version)
[ "$answer" = "Quorum $version" ] || fail "packaged binary answered: $answer"
echo "packaged binary answers: $answer"
