#!/usr/bin/env bash
# Installs (if missing) and starts the Debian PostgreSQL cluster, then creates the platform's
# role and databases. Idempotent: safe to run any number of times. Needs root or sudo.
#   one database per service (budget, indicator, review), plus *_test for the module tests
#   and *_e2e for the system tests, so that tests never touch a developer's data; perftarget_bench is the
#   benchmark's scratch database (pgbench).
#   deploy/local/postgres.sh --recreate DB...   also drops these databases and makes them anew
#   (the benchmark's budget_bench, indicator_bench and review_bench, new for each run)
set -euo pipefail

# The owner of the databases (Flyway migrates as it) and the role the services run as, which owns nothing
DB_USER=${DB_OWNER_USERNAME:-perftarget}
DB_PASS=${DB_OWNER_PASSWORD:-perftarget}
APP_USER=${DB_USERNAME:-perftarget_app}
APP_PASS=${DB_PASSWORD:-perftarget_app}
DATABASES="budget indicator review budget_test indicator_test review_test budget_e2e indicator_e2e review_e2e perftarget_bench"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    echo "[postgres] installing PostgreSQL from Debian packages"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
fi

read -r PG_VERSION PG_CLUSTER _ <<<"$(pg_lsclusters -h | head -n 1)"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    echo "[postgres] starting cluster $PG_VERSION/$PG_CLUSTER"
    # no systemd on these machines: start the cluster directly
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start
fi
for _ in $(seq 1 60); do
    pg_isready -q -h localhost -p 5432 && break
    sleep 0.5
done
pg_isready -h localhost -p 5432 >/dev/null || { echo "[postgres] not ready on localhost:5432" >&2; exit 1; }

psql_admin() { $SUDO su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }

# Checkpoints at most every 15 minutes (PostgreSQL's default is 5), with the WAL room that needs: after a
# checkpoint begins, the first change of each page writes the whole page to the WAL, a burst that holds up
# a busy day's writes. The usual setting for a write-heavy database; both take effect on reload.
psql_admin "ALTER SYSTEM SET checkpoint_timeout = '15min'"
psql_admin "ALTER SYSTEM SET max_wal_size = '4GB'"
# the server's log names a failing statement's error, not the statement or the values it carried
psql_admin "ALTER SYSTEM SET log_error_verbosity = 'terse'"
psql_admin "ALTER SYSTEM SET log_min_error_statement = 'panic'"
psql_admin "SELECT pg_reload_conf()" >/dev/null

for role in "$DB_USER:$DB_PASS" "$APP_USER:$APP_PASS"; do
    if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '${role%%:*}'")" != "1" ]; then
        psql_admin "CREATE ROLE ${role%%:*} LOGIN PASSWORD '${role#*:}'"
    fi
done
# --recreate DB...: these databases are dropped first and made anew (the benchmark's, new for each run)
RECREATE=()
if [ "${1:-}" = "--recreate" ]; then
    shift
    RECREATE=("$@")
fi
for db in "${RECREATE[@]}"; do
    psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
for db in $DATABASES "${RECREATE[@]}"; do
    if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
        psql_admin "CREATE DATABASE $db OWNER $DB_USER"
    fi
done
echo "[postgres] ready on localhost:5432 (owner $DB_USER, services' role $APP_USER; databases: $DATABASES ${RECREATE[*]})"
