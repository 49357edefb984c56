#!/usr/bin/env bash
# Builds the frontend team's client from the three services' built OpenAPI documents: installs the tools (npm ci),
# generates each service's TypeScript types (target/ts) and packs @perftarget/api-client (package.sh:
# target/perftarget-api-client-<version>.tgz, proven to compile in a strict consumer). check.sh runs it after its
# checks; the system tests run it before theirs (BrowserClientIT calls the services through this package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "[api] $tool is required to build the client" >&2; exit 1; }
done
# the tools, unless this lock file's installation is already there (check.sh installs them first)
if [[ ! "$here/node_modules/.package-lock.json" -nt "$here/package-lock.json" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
mkdir -p "$here/target/ts"
for service in budget-service indicator-service review-service; do
    document="$root/$service/target/openapi/openapi.json"
    [[ -f "$document" ]] || { echo "[api] $document is missing: build the services first (./mvnw package)" >&2; exit 1; }
    (cd "$here" && npx --no-install openapi-typescript "$document" -o "target/ts/$service.d.ts" >/dev/null 2>&1) \
        || { echo "[api] $service: TypeScript generation failed" >&2; exit 1; }
done
"$here/package.sh"
