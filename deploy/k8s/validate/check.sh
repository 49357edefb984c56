#!/usr/bin/env bash
# Renders every overlay with `kubectl kustomize` and validates the result (validate.mjs), then proves
# with its own tests that the validation fails on broken manifests. Part of the test command.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
k8s="$(dirname "$here")"
for tool in kubectl node npm; do
    command -v "$tool" >/dev/null || { echo "[k8s] $tool is required to render and validate deploy/k8s" >&2; exit 1; }
done
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
mkdir -p "$k8s/target"
for overlay in "$k8s"/overlays/*/; do
    name="$(basename "$overlay")"
    kubectl kustomize "$overlay" > "$k8s/target/$name.yaml"
    node "$here/validate.mjs" "$k8s/target/$name.yaml" $([[ "$name" == prod ]] && echo --prod)
done
if ! report="$(cd "$here" && node --test test/ 2>&1)"; then
    echo "$report" >&2
    echo "[k8s] the validation's own tests failed" >&2
    exit 1
fi
echo "[k8s] validation self-test: $(grep -E '^# (pass|fail) ' <<<"$report" | tr '\n' ' ')"
