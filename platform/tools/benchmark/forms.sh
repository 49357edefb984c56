#!/usr/bin/env bash
# The official form's files in process (budget-service's FormFilesBenchmark): export and import times of the seed
# form and of a 500-indicator form, and what an import allocates. No services needed; about a minute.
# Prints the table and writes it to platform/tools/benchmark/FORMS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
./mvnw -q -o test-compile -pl budget-service -am -DskipTests
CP="budget-service/target/test-classes:budget-service/target/classes:$(./mvnw -q -o dependency:build-classpath -pl budget-service \
    -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
table=$(java -Xmx512m -cp "$CP" gov.perftarget.budget.form.FormFilesBenchmark)
echo "$table"
{
    echo "# Benchmark results: the official form's files"
    echo
    echo "Written by \`platform/tools/benchmark/forms.sh\`: in process, one thread, after a warm-up; the HTTP call around"
    echo "an export or import adds the request and, for an import, indicator-service's PUT of the indicators."
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| date | $(date -u +%Y-%m-%dT%H:%M:%SZ) |"
    echo "| commit | $(git rev-parse --short HEAD) |"
    echo "| machine | $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, Java $(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p') |"
    echo "| goal | a 500-indicator workbook imports in under 2 s with under 64 MB of extra heap |"
    echo
    echo '```'
    echo "$table"
    echo '```'
} > platform/tools/benchmark/FORMS.md
