#!/usr/bin/env bash
# The API contract checks of the test command, on the documents the build published
# (<service>/target/openapi/openapi.json):
#   1. lint each document with Redocly and the ruleset in redocly.yaml;
#   2. compare each with its committed snapshot (snapshots/<service>.json): an undeclared breaking
#      change fails (declare one in accepted-breaking-changes.json), and so does any other difference
#      until the snapshot is updated (`check.sh --update`, which refuses while a breaking change is undeclared);
#   3. generate TypeScript types from each (openapi-typescript) and compile client/seed-declaration.ts;
#   4. prove with its own tests (test/) that the compatibility guard fails on breaking changes;
#   5. pack the frontend team's client, target/perftarget-api-client-<version>.tgz (package.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
services=(budget-service indicator-service review-service)
update=false
[[ "${1:-}" == "--update" ]] && update=true

for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "[api] $tool is required for the API contract checks" >&2; exit 1; }
done
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p "$here/target/ts"

# The document as JSON with its object keys sorted: the comparison ignores key order, not content.
canonical() {
    node -e '
        const sort = (v) => Array.isArray(v) ? v.map(sort) : v && typeof v === "object"
            ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
        console.log(JSON.stringify(sort(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))), null, 1));' "$1"
}

failed=0
for service in "${services[@]}"; do
    document="$root/$service/target/openapi/openapi.json"
    [[ -f "$document" ]] || { echo "[api] $document is missing: build the services first (./mvnw package)" >&2; exit 1; }

    if ! (cd "$here" && npx --no-install redocly lint --config redocly.yaml --format=stylish "$document" >"$here/target/$service.lint.txt" 2>&1); then
        cat "$here/target/$service.lint.txt" >&2
        echo "[api] $service: the OpenAPI document fails the lint" >&2
        failed=1
    else
        echo "[api] $service: lint passed"
    fi

    snapshot="$here/snapshots/$service.json"
    if [[ -f "$snapshot" ]] && ! node "$here/compat.mjs" "$snapshot" "$document" --service "$service" \
            --accepted "$here/accepted-breaking-changes.json"; then
        echo "[api] $service: undeclared breaking change against snapshots/$service.json" >&2
        failed=1
    elif $update; then
        mkdir -p "$here/snapshots"
        if ! cmp -s "$document" "$snapshot"; then
            echo "[api] $service: snapshot updated: say what changed in docs/api-changelog.md"
        else
            echo "[api] $service: snapshot updated"
        fi
        cp "$document" "$snapshot"
    elif [[ ! -f "$snapshot" ]]; then
        echo "[api] $service: no snapshot; create it with platform/tools/api-contracts/check.sh --update" >&2
        failed=1
    elif [[ "$(canonical "$snapshot")" != "$(canonical "$document")" ]]; then
        echo "[api] $service: the document differs from snapshots/$service.json without breaking it;" \
            "review the difference and run platform/tools/api-contracts/check.sh --update" >&2
        diff <(canonical "$snapshot") <(canonical "$document") | head -40 >&2 || true
        failed=1
    else
        echo "[api] $service: matches its snapshot"
    fi

done

# the types of the three documents and the client package (build-client.sh); the client program below uses the types
if ! "$here/build-client.sh"; then
    echo "[api] the client package could not be built, packed or compiled in a consumer" >&2
    failed=1
fi

if (cd "$here" && npx --no-install tsc -p client/tsconfig.json); then
    echo "[api] TypeScript client program compiles against the three documents"
else
    echo "[api] the TypeScript client program does not compile against the documents" >&2
    failed=1
fi

if ! report="$(cd "$here" && node --test test/ 2>&1)"; then
    echo "$report" >&2
    echo "[api] the compatibility guard's own tests failed" >&2
    failed=1
fi
echo "[api] compatibility guard self-test: $(grep -E '^# (pass|fail) ' <<<"$report" | tr '\n' ' ')"
exit $failed
