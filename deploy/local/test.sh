#!/usr/bin/env bash
# Runs every test: unit tests, each service's @QuarkusTests against the real PostgreSQL and a real
# Kafka broker, and the system tests across the three packaged services (two of them in headless Chromium: each
# service's Swagger UI, and a page calling the services through the TypeScript client, which the build packs
# first with Node.js: platform/tools/api-contracts/build-client.sh).
#   PostgreSQL: the Debian cluster, installed and started here (postgres.sh), *_test and *_e2e databases.
#   Kafka: Apache Kafka's own broker (KRaft), started inside the test JVMs by the tests themselves.
#   Chromium: Debian's package, installed here when missing; so are fonts-wqy-zenhei (the form's PDF) and
#   libreoffice-calc-nogui (the exported workbook must open in it).
# Then the API contracts: the three OpenAPI documents linted, compared with their snapshots, and a
# TypeScript client compiled against them (platform/tools/api-contracts/check.sh); and the Kubernetes
# manifests: every overlay of deploy/k8s rendered and validated (deploy/k8s/validate).
# Extra arguments go to Maven, e.g. `deploy/local/test.sh -pl budget-service -am` (that skips the last two).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/deploy/local/postgres.sh"
if ! command -v chromium >/dev/null; then
    echo "[test] installing Debian's chromium for the Swagger UI browser check"
    SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
# the official form: the CJK font its PDF embeds, and LibreOffice to prove the workbook opens elsewhere
missing=()
[[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]] || missing+=(fonts-wqy-zenhei)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "[test] installing Debian's ${missing[*]} for the official form"
    SUDO=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cd "$ROOT"
./mvnw -B verify "$@"
if [[ $# -eq 0 ]]; then
    "$ROOT/platform/tools/api-contracts/check.sh"
    "$ROOT/deploy/k8s/validate/check.sh"
fi
