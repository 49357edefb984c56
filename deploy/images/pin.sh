#!/usr/bin/env bash
# Pins the prod overlay to the images build.sh just built or pushed: writes each service's reference by digest
# (deploy/images/target/digests/<service>, <registry>/<group>/<service>@sha256:…) into the `images:` of
# deploy/k8s/overlays/prod/kustomization.yaml, so that the cluster runs exactly those bytes (a tag can be moved;
# the validator refuses tags in prod). The release runs it after
#   IMAGE_REGISTRY=registry.example.gov.cn IMAGE_TAG=<version> IMAGE_PUSH=true deploy/images/build.sh
# and commits the overlay with the release.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
python3 - "$ROOT" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
overlay = root / "deploy/k8s/overlays/prod/kustomization.yaml"
text = overlay.read_text()
for service in ("budget-service", "indicator-service", "review-service"):
    built = root / "deploy/images/target/digests" / service
    if not built.exists():
        sys.exit(f"[pin] {built} is missing: run deploy/images/build.sh first")
    name, digest = built.read_text().strip().split("@")
    if not re.fullmatch(r"sha256:[0-9a-f]{64}", digest):
        sys.exit(f"[pin] {built} holds no digest: {digest}")
    entry = re.compile(r"(  - name: registry\.local/perftarget/" + re.escape(service) + r"\n)(    [a-zA-Z]+: .*\n)+")
    if not entry.search(text):
        sys.exit(f"[pin] no images: entry for {service} in {overlay}")
    text = entry.sub(lambda m: m.group(1) + f"    newName: {name}\n    digest: {digest}\n", text, count=1)
    print(f"[pin] {service}: {name}@{digest}")
overlay.write_text(text)
PY
