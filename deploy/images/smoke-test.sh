#!/usr/bin/env bash
# Starts each built image without a container runtime, to prove that it runs: unpacks the OCI
# archive's layers into a directory and runs the image's entrypoint there with chroot, as the image's
# user, with its environment, against the local PostgreSQL (the *_e2e databases of deploy/local/postgres.sh).
# It passes when the service reports itself started and live. Needs root (chroot, /proc); skips otherwise.
# Usage: deploy/images/smoke-test.sh [service ...]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [[ $(id -u) -ne 0 ]]; then echo "[smoke] skipped: needs root for chroot"; exit 0; fi
services=("$@"); [[ ${#services[@]} -gt 0 ]] || services=(budget-service indicator-service review-service)
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

for service in "${services[@]}"; do
    image="$ROOT/deploy/images/target/$service.tar"
    work=$(mktemp -d) rootfs=$(mktemp -d)
    tar -xf "$image" -C "$work"
    manifest="$work/blobs/sha256/$(json "$work/index.json" "d['manifests'][0]['digest'].split(':')[1]")"
    config="$work/blobs/sha256/$(json "$manifest" "d['config']['digest'].split(':')[1]")"
    for layer in $(json "$manifest" "' '.join(l['digest'].split(':')[1] for l in d['layers'])"); do
        tar --warning=no-unknown-keyword -xzf "$work/blobs/sha256/$layer" -C "$rootfs"
    done
    user=$(json "$config" "d['config']['User']")
    mapfile -t entrypoint < <(json "$config" "'\n'.join(d['config']['Entrypoint'])")
    mapfile -t environment < <(json "$config" "'\n'.join(d['config']['Env'])")
    cp /etc/hosts "$rootfs/etc/hosts" # what the container runtime provides
    # what Kubernetes mounts: the key set that verifies tokens and review-service's signing key (here the dev pair)
    keys=$("$ROOT/deploy/local/token.sh" --keys)
    mkdir -p "$rootfs/etc/perftarget/auth" "$rootfs/etc/perftarget/service-token"
    cp "$keys/public.pem" "$rootfs/etc/perftarget/auth/public.pem"
    cp "$keys/private.pem" "$rootfs/etc/perftarget/service-token/private.pem"
    chown -R "$user" "$rootfs/etc/perftarget"
    mkdir -p "$rootfs/proc"
    if ! mount -t proc proc "$rootfs/proc" 2>/dev/null; then
        echo "[smoke] skipped: this machine does not let us mount /proc for the image"
        rm -rf "$work" "$rootfs"
        exit 0
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
    management_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
    db=${service%-service}_e2e
    env -i "${environment[@]}" HTTP_PORT="$port" MANAGEMENT_PORT="$management_port" DB_URL="jdbc:postgresql://localhost:5432/$db" \
        DB_USERNAME="${DB_USERNAME:-perftarget_app}" DB_PASSWORD="${DB_PASSWORD:-perftarget_app}" \
        DB_OWNER_USERNAME="${DB_OWNER_USERNAME:-perftarget}" DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-perftarget}" \
        KAFKA_BOOTSTRAP_SERVERS=localhost:9 INDICATOR_SERVICE_URL=http://localhost:9 \
        JWT_PUBLIC_KEY_LOCATION=/etc/perftarget/auth/public.pem JWT_ISSUER=https://perftarget.local/dev \
        SERVICE_TOKEN_SIGNING_KEY_LOCATION=/etc/perftarget/service-token/private.pem \
        "$(command -v chroot)" --userspec="$user" "$rootfs" "${entrypoint[@]}" > "$work/$service.log" 2>&1 &
    pid=$!
    status=failed
    for _ in $(seq 1 90); do
        if curl -fs "http://localhost:$management_port/q/health/started" >/dev/null \
                && curl -fs "http://localhost:$management_port/q/health/live" >/dev/null; then
            status=ok; break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    umount "$rootfs/proc"
    if [[ $status != ok ]]; then
        tail -30 "$work/$service.log" >&2
        echo "[smoke] $service: the image did not start" >&2
        exit 1
    fi
    echo "[smoke] $service: image runs as user $user, started and live ($(grep -o 'started in [0-9.]*s' "$work/$service.log" | head -1))"
    rm -rf "$work" "$rootfs"
done
