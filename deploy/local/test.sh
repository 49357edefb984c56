#!/usr/bin/env bash
# Runs every test: unit tests, each service's @QuarkusTests against the real PostgreSQL and a real
# Kafka broker, and the system test across the three packaged services.
#   PostgreSQL: the Debian cluster, installed and started here (postgres.sh), *_test and *_e2e databases.
#   Kafka: Apache Kafka's own broker (KRaft), started inside the test JVMs by the tests themselves.
# Then the Kubernetes manifests: every overlay of deploy/k8s rendered and validated (deploy/k8s/validate).
# Extra arguments go to Maven, e.g. `deploy/local/test.sh -pl budget-service -am` (that skips the manifests).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
"$ROOT/deploy/local/postgres.sh"
cd "$ROOT"
./mvnw -B verify "$@"
if [[ $# -eq 0 ]]; then
    "$ROOT/deploy/k8s/validate/check.sh"
fi
