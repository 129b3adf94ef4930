#!/usr/bin/env sh
# Refresh the lock files from pyproject.toml (run from the repository root, then run the tests
# and commit the three files together). Universal: one lock resolves on Linux, Windows and
# macOS alike; every wheel is pinned by its SHA-256, so an install cannot pick up a release
# nobody tested. The test and build locks are constrained to the app lock, so all three agree
# on every package they share. `sh requirements/lock.sh --upgrade` moves to the newest releases
# pyproject.toml allows; without it the pinned versions stay unless pyproject.toml changed.
# Needs uv (`python3 -m pip install uv`).
set -eu
cd "$(dirname "$0")/.."
flags="--universal --generate-hashes --python-version 3.11 --quiet"
uv pip compile $flags pyproject.toml -o requirements/app.lock "$@"
uv pip compile $flags pyproject.toml --extra test -c requirements/app.lock -o requirements/test.lock "$@"
uv pip compile $flags pyproject.toml --extra build -c requirements/app.lock -o requirements/build.lock "$@"
