#!/usr/bin/env bash
# Installs what lakectl's build, tests, demo and benchmarks need, skipping what is already present, so
# `make test` / `make demo` work as one command on a fresh Debian machine. Idempotent.
set -euo pipefail

APT_PACKAGES=(pkg-config libcurl4-openssl-dev libssl-dev zlib1g-dev libsnappy-dev libzstd-dev liblz4-dev libbrotli-dev)
# Test and benchmark peers only: lakectl itself never needs Python.
PIP_PACKAGES=("moto[server]==5.2.1" "pyarrow==26.0.1" "duckdb==2.0.0" "botocore" "awscli")

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
need_pip=()
check() { "$PYTHON" -c "$1" >/dev/null 2>&1; }
check 'import moto, importlib.metadata as m; assert m.version("moto") == "5.2.1"; import flask, werkzeug' || need_pip+=("moto[server]==5.2.1")
check 'import importlib.metadata as m; assert m.version("pyarrow") == "26.0.1"' || need_pip+=("pyarrow==26.0.1")
check 'import importlib.metadata as m; assert m.version("duckdb") == "2.0.0"' || need_pip+=("duckdb==2.0.0")
check 'import botocore' || need_pip+=("botocore")
check 'import importlib.metadata as m; assert m.version("polars") == "2.1.0"' || need_pip+=("polars==2.1.0")
command -v aws >/dev/null 2>&1 || need_pip+=("awscli")
if ((${#need_pip[@]})); then
  echo "setup: installing Python test peers: ${need_pip[*]}"
  "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore "${need_pip[@]}"
fi
echo "setup: ok"
