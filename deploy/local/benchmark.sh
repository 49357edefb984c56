#!/usr/bin/env bash
# The deadline-day benchmark (platform/tools/benchmark), one command, never part of the test run:
#   starts PostgreSQL, Kafka and the three services as the run command does (deploy/local/run.sh),
#   then drives them over HTTP with an open-model load (deadline day, reading, capacity), measures
#   this machine's own limits (pgbench, Kafka producer), and writes platform/tools/benchmark/results/latest.json
#   and platform/tools/benchmark/RESULTS.md. Each run starts on new databases of its own (budget_bench,
#   indicator_bench, review_bench). The services keep running on them; stop them with run.sh --stop.
# Settings (environment): BENCH_DECLARATIONS (5000), BENCH_DEADLINE_WARMUP (1000 declarations at the submit rate
# before them, reported apart, not measured against the goals), BENCH_SUBMIT_RATE (50), BENCH_READ_RATE (500),
# BENCH_READ_WARMUP_SECONDS (5, at the reading rate, not measured), BENCH_READ_SECONDS (30), BENCH_CAPACITY_RATES (10,20,30,50,75,100; then +25 % a step up to BENCH_CAPACITY_CEILING, 500), BENCH_REVIEW_WAIT_SECONDS (200, from the first submission), BENCH_STEP_SECONDS (10),
# BENCH_DRAIN_SECONDS (600: how long to wait first for submissions of an earlier run still waiting for review),
# BENCH_CONNECTIONS (512: the load generator's kept-alive connections per service; calls beyond wait, timed from their intended start),
# BENCH_TRACE (unset: when set, every call slower than 20 ms is printed with its completion time, to line up with GC logs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
mkdir -p "$ROOT/.local/logs"
# Each run on databases of its own, new: what an earlier run left (tens of thousands of reviews of one
# fiscal year after a few runs) made the reading slower from run to run (counting the waiting reviews
# took 55 ms at 94,000), and the developer's own data stays as it was
echo "[bench] new databases budget_bench, indicator_bench and review_bench"
"$HERE/run.sh" --stop-services > /dev/null
"$HERE/postgres.sh" --recreate budget_bench indicator_bench review_bench > /dev/null
echo "[bench] starting PostgreSQL, Kafka and the services (deploy/local/run.sh; log .local/logs/benchmark-run.log)"
: > "$ROOT/.local/logs/benchmark-run.log"
# run_on_bench_databases [SETTING=VALUE...]: run.sh on the benchmark's databases, its output to the log
run_on_bench_databases() {
    env "$@" DB_SUFFIX=_bench "$HERE/run.sh" >> "$ROOT/.local/logs/benchmark-run.log" 2>&1 \
        || { tail -20 "$ROOT/.local/logs/benchmark-run.log" >&2; exit 1; }
}
run_on_bench_databases
# and once more: the start measured is a start on an existing database, as every start after the
# first, which also applies the migrations (a first start took 2.9-3.1 s here, later ones 2.3-2.7 s)
"$HERE/run.sh" --stop-services > /dev/null
run_on_bench_databases SKIP_BUILD=1
export PERFTARGET_ROOT="$ROOT"
# one token with every role (the load is about throughput; access rules are the matrix tests'),
# signed with the dev key run.sh made the services trust
export BENCH_TOKEN="${BENCH_TOKEN:-$(TOKEN_MINUTES=120 "$HERE/token.sh" admin,reviewer,declarant)}"
# the commit, and "+changes" when the working tree differs from it: the results of an earlier run, which
# this run rewrites, do not count
export BENCH_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet -- . \
    ':(exclude)platform/tools/benchmark/RESULTS.md' ':(exclude)platform/tools/benchmark/results' 2>/dev/null || echo '+changes')"
export BENCH_MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2); everything on this one machine"
export PGBENCH="${PGBENCH:-$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)}"
cd "$ROOT"
# the load generator runs in Maven's JVM: a bounded heap keeps it from taking gigabytes of the machine it measures,
# and the client compiler only keeps it from spending a tenth of a core on C2 compiling during the load. The heap
# is fixed (-Xms as -Xmx): a heap that shrank to its small live set ran G1's concurrent cycles every few seconds,
# and their 8-13 ms pauses showed as latency of the services it measures
MAVEN_OPTS="-Xms1g -Xmx1g -XX:TieredStopAtLevel=1 ${MAVEN_OPTS:-}" ./mvnw -B -q -pl platform/tools/benchmark compile exec:java
