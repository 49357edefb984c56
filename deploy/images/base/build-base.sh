#!/usr/bin/env bash
# Builds the services' base image without a Docker daemon: a Java 17 runtime made by jlink from this
# machine's JDK, the C library from pinned Debian packages (packages.lock), a non-root user (1001)
# and nothing else (no shell, no package manager). Output, in Docker archive format:
#   deploy/images/target/base-jre17.tar   and its digest in base-jre17.digest
# Usage: deploy/images/base/build-base.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$(cd "$here/.." && pwd)/target"
rootfs="$target/base-rootfs"
archive="$target/base-archive"
rm -rf "$rootfs" "$archive" "$target/fonts" && mkdir -p "$rootfs" "$archive" "$target/debs"

: "${JAVA_HOME:=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
java_version="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')"
[[ "$java_version" == 17.* ]] || { echo "[base] needs a JDK 17 with jmods, found $java_version at $JAVA_HOME" >&2; exit 1; }

echo "[base] Debian packages: $(grep -v '^#' "$here/packages.lock" | tr '\n' ' ')"
(cd "$target/debs" && apt-get -q -o APT::Sandbox::User=root download $(grep -v '^#' "$here/packages.lock") >/dev/null)
for deb in "$target"/debs/*.deb; do dpkg-deb -x "$deb" "$rootfs"; done
# only the shared libraries and the font files: no locales, docs or tools of the packages
mv "$rootfs/usr/share/fonts" "$target/fonts" 2>/dev/null || true
rm -rf "$rootfs"/usr/share "$rootfs"/usr/bin "$rootfs"/usr/sbin "$rootfs"/sbin "$rootfs"/usr/libexec "$rootfs"/etc/ld.so.conf.d \
    "$rootfs"/etc/fonts
mkdir -p "$rootfs/usr/share" && mv "$target/fonts" "$rootfs/usr/share/fonts"

echo "[base] jlink Java $java_version"
"$JAVA_HOME/bin/jlink" --add-modules "$(grep -v '^#' "$here/modules.txt" | paste -sd, -)" \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$rootfs/opt/java"

mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/deployments" "$rootfs/proc"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1001:1001:perftarget:/deployments:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:1001:\n' > "$rootfs/etc/group"
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"

# one reproducible layer: sorted, fixed times and owners
tar --sort=name --mtime='1970-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$archive/layer.tar" .
diff_id="sha256:$(sha256sum "$archive/layer.tar" | cut -d' ' -f1)"
cat > "$archive/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
           "User":"1001:1001","WorkingDir":"/deployments",
           "Labels":{"org.opencontainers.image.title":"perftarget base (Java $java_version runtime)",
                     "org.opencontainers.image.description":"jlink runtime + $(grep -v '^#' "$here/packages.lock" | paste -sd' ' -)"}},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/images/base/build-base.sh"}]}
JSON
cat > "$archive/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["perftarget/base-jre17:$java_version"],"Layers":["layer.tar"]}]
JSON
tar --sort=name --mtime='1970-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$archive" \
    -cf "$target/base-jre17.tar" manifest.json config.json layer.tar
sha256sum "$target/base-jre17.tar" | cut -d' ' -f1 > "$target/base-jre17.digest"

# smoke test without Docker: the runtime starts inside the image's own file system as its user
# (chroot with /proc, which the launcher needs to find its libraries; root only)
if [[ $(id -u) -eq 0 ]] && mount -t proc proc "$rootfs/proc" 2>/dev/null; then
    trap 'umount "$rootfs/proc"' EXIT
    chroot --userspec=1001:1001 "$rootfs" /opt/java/bin/java -version 2>&1 | sed -n 1p | sed 's/^/[base] runs in the image: /'
    umount "$rootfs/proc" && trap - EXIT
fi
echo "[base] $target/base-jre17.tar ($(du -h "$target/base-jre17.tar" | cut -f1)), sha256 $(cat "$target/base-jre17.digest")"
