#!/usr/bin/env bash
# Run every test: cargo test, then build the Python extension into a virtualenv and run mypy.stubtest and pytest.
# This is the README's test command and what CI runs (.ci/run). Needs Rust and Python >= 3.10; makes its own venv.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${KHABAR_VENV:-.venv}"
PY="${PYTHON:-python3}"
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
# shellcheck disable=SC1091
. "$VENV/bin/activate"
python -m pip install --quiet --disable-pip-version-check "maturin>=1.7,<2" "pytest>=7" "mypy>=1.10" \
    "nbclient>=0.10" "nbformat>=5.9" "ipykernel>=6"
echo "== cargo test"
cargo test --quiet
echo "== maturin develop (release)"
maturin develop --release --quiet
echo "== mypy.stubtest"
python -m mypy.stubtest khabar --allowlist tests/python/stubtest_allowlist.txt
echo "== pytest"
python -m pytest -q tests/python
