#!/usr/bin/env bash
# Prints a bearer token (JWT, RS256) for the local run, signed with a dev-only key:
#
#   deploy/local/token.sh declarant GZSTB     a declarant of the department with code GZSTB
#   deploy/local/token.sh reviewer            a reviewer (finance bureau)
#   deploy/local/token.sh admin               an admin
#   deploy/local/token.sh admin,reviewer      several roles at once (comma-separated)
#   deploy/local/token.sh --keys              only make the key pair (if missing) and print its directory
#
#   curl -H "Authorization: Bearer $(deploy/local/token.sh reviewer)" localhost:8083/api/v1/reviews
#
# The key pair is made on first use in .local/dev-keys/ (never committed). Services trust it only
# when told to: deploy/local/run.sh sets JWT_PUBLIC_KEY_LOCATION to its public half; the prod
# profile has no default key at all. Settings (environment): JWT_ISSUER (https://perftarget.local/dev),
# TOKEN_SUBJECT (<role>-local, or declarant-<code>), TOKEN_MINUTES (60).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KEYS="$ROOT/.local/dev-keys"
ISSUER=${JWT_ISSUER:-https://perftarget.local/dev}

if [ ! -f "$KEYS/private.pem" ]; then
    mkdir -p "$KEYS" && chmod 700 "$KEYS"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null
    openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem"
    chmod 600 "$KEYS/private.pem"
fi

roles=${1:-}
usage="usage: token.sh declarant <department code> | reviewer | admin | <roles,comma-separated> | --keys"
[ "$roles" = "--keys" ] && { echo "$KEYS"; exit 0; }
groups=""
for role in ${roles//,/ }; do
    case "$role" in
        declarant | reviewer | admin) groups="$groups${groups:+,}\"$role\"" ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
done
[ -n "$groups" ] || { echo "$usage" >&2; exit 2; }
department=${2:-}
if [ "$roles" = "declarant" ] && [ -z "$department" ]; then
    echo "a declarant needs its department code: token.sh declarant GZSTB" >&2; exit 2
fi
subject=${TOKEN_SUBJECT:-${roles//,/-}-${department:-local}}
extra=""
[ -n "$department" ] && extra=",\"department\":\"$department\""

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
expires=$((now + 60 * ${TOKEN_MINUTES:-60}))
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"%s}' \
    "$ISSUER" "${JWT_AUDIENCE:-perftarget}" "$subject" "$subject" "$groups" "$now" "$expires" "$(openssl rand -hex 16)" "$extra" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEYS/private.pem" -binary | b64url)
echo "$header.$payload.$signature"
