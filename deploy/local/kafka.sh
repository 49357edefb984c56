#!/usr/bin/env bash
# The real Apache Kafka broker (KRaft, combined broker and controller) as a local process.
#   kafka.sh start   fetch the broker from Maven Central (once), format its storage (once), start it
#   kafka.sh stop    stop it
#   KAFKA_SASL=1 kafka.sh start   the same broker with SASL: clients log in with SCRAM-SHA-512 as admin or as one of
#                    the services (password "<name>-secret"; kafka.sh jaas <name> prints a client's JAAS line), as on
#                    the cluster's listener (ACLs there come from deploy/k8s/base/kafka/users.yaml; SecuredKafkaIT
#                    checks them; this local broker authenticates only). Its data is apart: .local/kafka/data-sasl
# Everything lives in .local/kafka (git-ignored, outside target/ so that `mvn clean` spares it).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
KAFKA_HOME="$ROOT/.local/kafka"
LOGS="$ROOT/.local/logs"
PIDFILE="$ROOT/.local/run/kafka.pid"
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}

USERS="budget-service indicator-service review-service"

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

# jaas USER: the JAAS line a client logs in with on the SASL broker
jaas() { echo "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$1\" password=\"$1-secret\";"; }

ready() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

start() {
    mkdir -p "$KAFKA_HOME" "$LOGS" "$(dirname "$PIDFILE")"
    if running; then
        echo "[kafka] already running (pid $(cat "$PIDFILE")) on 127.0.0.1:$PORT"
        return
    fi
    if [ ! -d "$KAFKA_HOME/libs" ] || ! ls "$KAFKA_HOME"/libs/kafka_2.13-*.jar >/dev/null 2>&1; then
        echo "[kafka] fetching the broker from Maven Central"
        "$ROOT/mvnw" -B -q -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
            -DoutputDirectory="$KAFKA_HOME/libs" -DincludeScope=runtime
    fi
    local data="$KAFKA_HOME/data" listener=PLAINTEXT
    [ -n "${KAFKA_SASL:-}" ] && data="$KAFKA_HOME/data-sasl" && listener=SASL_PLAINTEXT
    cat > "$KAFKA_HOME/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=$listener://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=$listener://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=$listener:$listener,CONTROLLER:PLAINTEXT
inter.broker.listener.name=$listener
log.dirs=$data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    if [ -n "${KAFKA_SASL:-}" ]; then
        cat >> "$KAFKA_HOME/server.properties" <<PROPS
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$(jaas admin)
PROPS
    fi
    local java_opts=(-Xms256m -Xmx512m -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties"
        -cp "$KAFKA_HOME/libs/*")
    if [ ! -f "$data/meta.properties" ]; then
        local cluster_id scram=()
        cluster_id=$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid | tail -n 1)
        if [ -n "${KAFKA_SASL:-}" ]; then
            for user in admin $USERS; do scram+=(--add-scram "SCRAM-SHA-512=[name=$user,password=$user-secret]"); done
        fi
        java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
            -c "$KAFKA_HOME/server.properties" "${scram[@]}" >/dev/null
    fi
    echo "[kafka] starting on 127.0.0.1:$PORT (log: .local/logs/kafka.log)"
    nohup java "${java_opts[@]}" kafka.Kafka "$KAFKA_HOME/server.properties" >"$LOGS/kafka.log" 2>&1 &
    echo $! >"$PIDFILE"
    for _ in $(seq 1 120); do
        if ready; then
            echo "[kafka] ready on 127.0.0.1:$PORT"
            return
        fi
        running || { echo "[kafka] the broker exited; see .local/logs/kafka.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "[kafka] not ready after 60 s; see .local/logs/kafka.log" >&2
    exit 1
}

stop() {
    if running; then
        kill "$(cat "$PIDFILE")"
        for _ in $(seq 1 60); do running || break; sleep 0.5; done
        running && kill -9 "$(cat "$PIDFILE")"
        echo "[kafka] stopped"
    fi
    rm -f "$PIDFILE"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    jaas) jaas "$2" ;;
    *) echo "usage: $0 start|stop|jaas USER" >&2; exit 2 ;;
esac
