#!/usr/bin/env bash
# `make demo`: builds lakectl, starts the emulator (signature checking on) and runs what lakectl can
# do today end to end against it. Leaves the emulator running for you to explore; `make emulator-stop`
# ends it.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product lakectl
LAKECTL="$(swift build --show-bin-path)/lakectl"
scripts/emulator/start.sh
set -a; . .emulator/credentials.env; set +a
export AWS_ENDPOINT_URL=$(cat .emulator/endpoint) AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; "$@"; }

step "$LAKECTL" whoami
step "$LAKECTL" whoami --output json
printf 'GET /?Action=ListUsers&Version=2010-05-08 HTTP/1.1\nHost: iam.amazonaws.com\n\n' >.emulator/demo-request.txt
printf '\n\033[1m$ lakectl sign --service iam --region us-east-1 --time 20150830T123600Z < request.txt\033[0m\n'
"$LAKECTL" sign --service iam --region us-east-1 --time 20150830T123600Z <.emulator/demo-request.txt

echo
echo "The emulator is still running at $AWS_ENDPOINT_URL; 'make emulator-stop' stops it."
