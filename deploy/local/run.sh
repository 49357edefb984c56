#!/usr/bin/env bash
# Runs the whole system on the seed form, on this machine:
#   installs/starts PostgreSQL and the Kafka broker, builds and starts the three services,
#   loads the seed declaration (Guangzhou Municipal Science and Technology Bureau), submits it,
#   and prints its automatic pre-review. The services keep running; their URLs are printed.
#   Every API call needs a bearer token: this script signs its own with the dev-only key of
#   token.sh (a declarant of the seed department, an admin, a reviewer), which the services trust here.
#
#   deploy/local/run.sh          start everything and show the seed's review
#   deploy/local/run.sh --stop   stop the services, the broker and PostgreSQL
#   deploy/local/run.sh --stop-services   stop only the services
#
# Settings (environment): FISCAL_YEAR (2023), SEED_DEPARTMENT_CODE (GZSTB),
# BUDGET_PORT (8081), INDICATOR_PORT (8082), REVIEW_PORT (8083), *_MANAGEMENT_PORT (9081-9083: health, metrics), SKIP_BUILD (unset), JAVA_OPTS (the services' JVM options),
# KAFKA_SASL (unset: when set, kafka.sh starts the broker with SASL/SCRAM and each service logs in as itself; stop a
# plain broker first), DB_SUFFIX (unset: each service's database, budget, indicator or review, is named with it appended; the
# benchmark runs on budget_bench, indicator_bench and review_bench, new for each run).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUN="$ROOT/.local/run"
LOGS="$ROOT/.local/logs"
FISCAL_YEAR=${FISCAL_YEAR:-2023}
DEPARTMENT_CODE=${SEED_DEPARTMENT_CODE:-GZSTB}
SEED="$HERE/seed/gz-stb-declaration.json"
SERVICES=(budget-service indicator-service review-service)
declare -A PORTS=([budget-service]=${BUDGET_PORT:-8081} [indicator-service]=${INDICATOR_PORT:-8082}
    [review-service]=${REVIEW_PORT:-8083})
# health and metrics: each service's management interface, on a port of its own
declare -A MANAGEMENT_PORTS=([budget-service]=${BUDGET_MANAGEMENT_PORT:-9081}
    [indicator-service]=${INDICATOR_MANAGEMENT_PORT:-9082} [review-service]=${REVIEW_MANAGEMENT_PORT:-9083})

declare -A DATABASES=([budget-service]=budget [indicator-service]=indicator [review-service]=review)

url() { echo "http://localhost:${PORTS[$1]}"; }
management_url() { echo "http://localhost:${MANAGEMENT_PORTS[$1]}"; }

# stop_services [SERVICE...]: all three when none is named
stop_services() {
    local services=("$@") service
    [ $# -gt 0 ] || services=("${SERVICES[@]}")
    for service in "${services[@]}"; do
        local pidfile="$RUN/$service.pid"
        if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
            kill "$(cat "$pidfile")"
            for _ in $(seq 1 40); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 0.5; done
            kill -0 "$(cat "$pidfile")" 2>/dev/null && kill -9 "$(cat "$pidfile")"
            echo "[$service] stopped"
        fi
        rm -f "$pidfile"
    done
}

if [ "${1:-}" = "--stop-services" ]; then
    stop_services
    exit 0
fi
if [ "${1:-}" = "--stop" ]; then
    stop_services
    "$HERE/kafka.sh" stop
    if command -v pg_lsclusters >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        read -r v c _ <<<"$(pg_lsclusters -h | head -n 1)"
        $SUDO pg_ctlcluster --skip-systemctl-redirect "$v" "$c" stop 2>/dev/null && echo "[postgres] stopped" || true
    fi
    exit 0
fi

need() {
    command -v "$1" >/dev/null 2>&1 && return
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$1" >/dev/null
}
need curl
need openssl
need jq
# the CJK font the official form's PDF embeds
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need fonts-wqy-zenhei

"$HERE/postgres.sh"
"$HERE/kafka.sh" start

if [ -z "${SKIP_BUILD:-}" ]; then
    echo "[build] packaging the services (tests are the other command)"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -DskipITs)
fi

stop_services
mkdir -p "$RUN" "$LOGS"
# small heaps on a small machine: the serial collector, a heap that starts small and gives back what
# it no longer needs (and exits when it runs out, as in the images, instead of limping on), smaller
# thread stacks and code cache, and two malloc arenas (glibc otherwise keeps one per thread that ever
# allocated) keep RSS low; a 96 MB start spares the start-up a dozen collections. Only the client
# compiler (C1): on two cores shared with PostgreSQL and Kafka, C2 spent about 50 s of CPU per service
# in its first minutes, more than the 15 % it gains on a warm request. Class metadata may grow to 64 MB
# before it calls for a collection: at the default (about 21 MB) each service ran two full collections,
# one as it started and one as the first load brought new classes (0.1-0.2 s each, with every request
# waiting)
JAVA_OPTS=${JAVA_OPTS:-"-Xms96m -Xmx256m -XX:MetaspaceSize=64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+ExitOnOutOfMemoryError -Xss512k -XX:ReservedCodeCacheSize=48m"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# the packaged services run in the prod profile, which takes its database credentials only from the
# environment: those of the local cluster postgres.sh set up
export DB_USERNAME=${DB_USERNAME:-perftarget_app} DB_PASSWORD=${DB_PASSWORD:-perftarget_app}
export DB_OWNER_USERNAME=${DB_OWNER_USERNAME:-perftarget} DB_OWNER_PASSWORD=${DB_OWNER_PASSWORD:-perftarget}
# ... and the key that verifies bearer tokens: here the dev-only key of token.sh, which also signs
# review-service's own token for its calls to indicator-service
KEYS=$("$HERE/token.sh" --keys)
export JWT_ISSUER=${JWT_ISSUER:-https://perftarget.local/dev}
export JWT_PUBLIC_KEY_LOCATION=${JWT_PUBLIC_KEY_LOCATION:-$KEYS/public.pem}
export SERVICE_TOKEN_SIGNING_KEY_LOCATION=${SERVICE_TOKEN_SIGNING_KEY_LOCATION:-$KEYS/private.pem}
# start_service SERVICE [JVM OPTION]: starts it in the background and waits until it is ready
start_service() {
    local service=$1 app="$ROOT/$1/target/quarkus-app" kafka_login=()
    # KAFKA_SASL=1: the broker kafka.sh started with SASL; the service logs in as itself
    [ -n "${KAFKA_SASL:-}" ] && kafka_login=(KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT KAFKA_SASL_MECHANISM=SCRAM-SHA-512
        "KAFKA_SASL_JAAS_CONFIG=$("$HERE/kafka.sh" jaas "$service")")
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd "$app" && HTTP_PORT=${PORTS[$service]} MANAGEMENT_PORT=${MANAGEMENT_PORTS[$service]} INDICATOR_SERVICE_URL=$(url indicator-service) BUDGET_SERVICE_URL=$(url budget-service) \
        DB_URL="jdbc:postgresql://localhost:5432/${DATABASES[$service]}${DB_SUFFIX:-}" \
        exec env "${kafka_login[@]}" nohup java $JAVA_OPTS ${2:-} -jar quarkus-run.jar) >"$LOGS/$service.log" 2>&1 &
    echo $! >"$RUN/$service.pid"
    for i in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$(management_url "$service")/q/health/ready")" = "200" ] && return
        [ "$i" = 120 ] && { echo "[$service] not ready; see .local/logs/$service.log" >&2; exit 1; }
        sleep 0.5
    done
}

# one after the other: on a small machine three JVMs starting at once each take three times as long.
# Each starts from its class data sharing archive (app-cds.jsa: the classes a full start loads,
# already parsed and verified), which the JVM records when a start ends; recorded anew after each
# build, because it fits only these jars and this JVM. After a full start (Hibernate, Flyway, Kafka
# clients) it holds twice the classes of the archive Quarkus records at build time, which stops after
# static initialisation, and so starts faster.
for service in "${SERVICES[@]}"; do
    app="$ROOT/$service/target/quarkus-app"
    if [ ! "$app/app-cds.jsa" -nt "$app/quarkus-run.jar" ]; then # every build writes the jar anew
        echo "[$service] recording its class data archive: one start and stop"
        rm -f "$app/app-cds.jsa"
        # one consumer per channel: the same classes, but a stop in 8 s rather than 17 s (each consumer
        # that leaves makes the others of its group rebalance)
        CONSUMER_CONCURRENCY=1 start_service "$service" -XX:ArchiveClassesAtExit=app-cds.jsa
        stop_services "$service" >/dev/null
    fi
    echo "[$service] starting on $(url "$service") (log: .local/logs/$service.log)"
    # the archive names the jars by the paths they had when it was recorded: start_service runs from there
    start_service "$service" "$([ -f "$app/app-cds.jsa" ] && echo -XX:SharedArchiveFile=app-cds.jsa)"
    echo "[$service] ready"
done

# --- the seed declaration: reuse what an earlier run created, create what is missing ---
BUDGET=$(url budget-service)
INDICATOR=$(url indicator-service)
REVIEW=$(url review-service)
ADMIN="Authorization: Bearer $("$HERE/token.sh" admin)"
DECLARANT="Authorization: Bearer $("$HERE/token.sh" declarant "$DEPARTMENT_CODE")"
REVIEWER="Authorization: Bearer $("$HERE/token.sh" reviewer)"
# post AUTH METHOD URL BODY
post() { curl -sS --fail-with-body -H "$1" -H 'Content-Type: application/json' -X "$2" "$3" -d "$4"; }

department_id=$(curl -sS --fail -H "$ADMIN" "$BUDGET/api/v1/departments?code=$DEPARTMENT_CODE" | jq -r '.items[0].id // empty')
if [ -z "$department_id" ]; then
    department_id=$(post "$ADMIN" POST "$BUDGET/api/v1/departments" \
        "$(jq --arg code "$DEPARTMENT_CODE" '{code: $code, name: .department.name,
            subordinateUnitCount: .department.subordinateUnitCount}' "$SEED")" | jq -r .id)
fi
declaration=$(curl -sS --fail -H "$DECLARANT" "$BUDGET/api/v1/declarations?departmentId=$department_id&fiscalYear=$FISCAL_YEAR" |
    jq '.items[0] // empty')
if [ -z "$declaration" ]; then
    declaration=$(post "$DECLARANT" POST "$BUDGET/api/v1/declarations" \
        "$(jq --arg d "$department_id" --argjson y "$FISCAL_YEAR" '{departmentId: $d, fiscalYear: $y, budget,
            overallTarget, keyTasks, otherTasks}' "$SEED")")
fi
declaration_id=$(jq -r .id <<<"$declaration")
status=$(jq -r .status <<<"$declaration")
echo "[seed] declaration $declaration_id of $DEPARTMENT_CODE for $FISCAL_YEAR is $status"

if [ "$status" = "DRAFT" ] || [ "$status" = "RETURNED" ]; then
    indicator_set_version=$(post "$DECLARANT" PUT "$INDICATOR/api/v1/declarations/$declaration_id/indicators" \
        "$(jq '{indicators: [.indicators[] | {level1Category, level2Category, name, periodTarget,
            annualTarget}]}' "$SEED")" | jq -r .version)
    echo "[seed] $(jq '.indicators | length' "$SEED") indicators attached (version $indicator_set_version)"
    # the submission names the indicator set it submits: exactly that one is frozen and reviewed
    revision=$(post "$DECLARANT" POST "$BUDGET/api/v1/declarations/$declaration_id/submit" \
        "{\"indicatorSetVersion\": $indicator_set_version}" | jq -r .revision)
    echo "[seed] submitted as revision $revision"
else
    revision=$(jq -r .currentRevision <<<"$declaration")
fi

review_url="$REVIEW/api/v1/declarations/$declaration_id/revisions/$revision/review"
for i in $(seq 1 120); do
    review=$(curl -s -H "$REVIEWER" "$review_url" || true)
    [ "$(jq -r '.status // empty' <<<"$review" 2>/dev/null)" = "PRE_REVIEWED" ] && break
    [ "$i" = 120 ] && { echo "[review] no pre-review after 60 s: $review" >&2; exit 1; }
    sleep 0.5
done
echo
jq -r -f "$HERE/review-report.jq" <<<"$review"
for _ in $(seq 1 20); do
    status=$(curl -s -H "$DECLARANT" "$BUDGET/api/v1/declarations/$declaration_id" | jq -r .status)
    [ "$status" != "SUBMITTED" ] && break
    sleep 0.5
done
echo
echo "Declaration status in budget-service: $status"

cat <<INFO

The system is running:
  budget-service     $BUDGET        (Swagger UI: $BUDGET/q/swagger-ui)
  indicator-service  $INDICATOR        (Swagger UI: $INDICATOR/q/swagger-ui)
  review-service     $REVIEW        (Swagger UI: $REVIEW/q/swagger-ui)
  this review (JSON) $review_url
  PostgreSQL localhost:5432, Kafka 127.0.0.1:9092; logs in .local/logs/
Every API call needs a bearer token; for this local run:
  curl -H "Authorization: Bearer \$(deploy/local/token.sh reviewer)" $review_url
  (roles: declarant <department code> | reviewer | admin; Swagger UI: "Authorize" with the token)
Stop everything with: deploy/local/run.sh --stop
INFO
