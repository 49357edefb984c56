#!/usr/bin/env bash
# Builds the three services' OCI images with Jib, without a Docker daemon:
#   1. packages the services (Quarkus fast-jar),
#   2. builds the base image from pinned Debian packages and jlink (base/build-base.sh), unless
#      IMAGE_BASE names another one (tar://… or a registry reference pinned by digest),
#   3. builds one image per service (builder/, Jib core) into deploy/images/target/<service>.tar,
#      or pushes them to IMAGE_REGISTRY when IMAGE_PUSH=true.
# Configuration (environment): IMAGE_REGISTRY (registry.local), IMAGE_GROUP (perftarget),
# IMAGE_TAG (1.0.0-SNAPSHOT), IMAGE_BASE, IMAGE_PUSH, IMAGE_REGISTRY_USERNAME / _PASSWORD.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
echo "[images] packaging the services"
./mvnw -B -q package -DskipTests
if [[ -z "${IMAGE_BASE:-}" ]]; then
    deploy/images/base/build-base.sh
fi
echo "[images] building the service images with Jib"
PERFTARGET_ROOT="$ROOT" ./mvnw -B -q -f deploy/images/builder/pom.xml compile exec:java
ls -lh deploy/images/target/*-service.tar 2>/dev/null | awk '{print "[images] " $NF " " $5}'
