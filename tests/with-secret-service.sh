#!/bin/sh
# Runs "$@" with a private D-Bus session bus and an unlocked gnome-keyring on it, so the
# keychain tests talk to a real Secret Service. Skips (exit 0 from the test's QSKIP) when
# the tools are missing: the test itself checks RATSMAPPE_TEST_SECRET_SERVICE.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    exec "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data"
mkdir -m 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf %s ratsmappe-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    RATSMAPPE_TEST_SECRET_SERVICE=1 "$@"
' sh "$@"
