#!/bin/sh
# Starts the demo city server and the app with it as the first council server; stops the
# server when the app ends. `./dev run` uses it, and so does the test that checks it.
#   RATSMAPPE_DEMO_PORT   the server's port (default 47011: the cache keeps the server's URL,
#                         so it stays the same from run to run; 0 = any free port)
#   RATSMAPPE_DEMO_SIZE   small, town (default) or large
#   RATSMAPPE_PROGRAM     the program to start (default ratsmappe; the tests start
#                         ratsmappe-probe, the window with its test probes)
set -eu
url_file=$(mktemp)
ratsmappe-demo-server --size "${RATSMAPPE_DEMO_SIZE:-town}" --port "${RATSMAPPE_DEMO_PORT:-47011}" >"$url_file" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$url_file"' EXIT INT TERM
while [ ! -s "$url_file" ]; do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "run-with-demo: the demo server did not start (is port ${RATSMAPPE_DEMO_PORT:-47011} taken?)" >&2
        exit 1
    fi
    sleep 0.1
done
# The settings page offers it when the member adds a server.
RATSMAPPE_DEMO_SERVER=$(head -n 1 "$url_file")
export RATSMAPPE_DEMO_SERVER
"${RATSMAPPE_PROGRAM:-ratsmappe}" --server "$RATSMAPPE_DEMO_SERVER" "$@"
