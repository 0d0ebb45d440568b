#!/bin/sh
# Runs "$@" in a home of its own, as testmain.h does for the QtTest programs: HOME, the XDG
# folders and TMPDIR in a scratch folder removed afterwards, C.UTF-8, UTC, and none of the
# machine's language, cache or passphrase settings.
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ratsmappe-test-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/.local/share" "$scratch/home/.config" "$scratch/home/.cache" "$scratch/tmp"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
    XDG_CACHE_HOME="$scratch/home/.cache" TMPDIR="$scratch/tmp" LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
unset LANGUAGE LC_MESSAGES RATSMAPPE_CACHE RATSMAPPE_DEMO_CACHE QT_QUICK_CONTROLS_STYLE
"$@"
