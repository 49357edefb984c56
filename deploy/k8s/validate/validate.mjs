// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`):
//  1. every object against its schema: Kubernetes' own (kubernetes-models), Strimzi's and
//     CloudNativePG's custom resources (@kubernetes-models/strimzi-kafka-operator, /cloudnative-pg), the Prometheus
//     Operator's (@kubernetes-models/prometheus-operator) and the Barman Cloud plugin's ObjectStore (schemas/);
//     an object of a kind no schema here knows is an error, so nothing slips through unchecked;
//  2. the rules every overlay keeps: each Deployment with startup, liveness and readiness probes,
//     a preStop pause, pods spread over zones by their own labels, requests and limits, a non-root, read-only, unprivileged container, and its PodDisruptionBudget,
//     HorizontalPodAutoscaler and NetworkPolicy; each KafkaTopic and KafkaUser on a Kafka cluster of the rendering;
//     Kafka listeners with TLS and authentication, ACL authorization, each Kafka client a KafkaUser with ACLs;
//  3. with --prod, the production rules: a PodMonitor on the management port, the alerts of docs/operations.md and a
//     Grafana dashboard that parses; no literal secret anywhere, images from a real registry with
//     a release tag or digest, database backups configured, three replicas for Kafka topics and databases.
// Usage: node validate.mjs <rendered.yaml> [--prod]; exits 1 and lists every problem.
import fs from "node:fs";
import yaml from "js-yaml";

const SCHEMAS = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "policy/v1": "kubernetes-models/policy/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "kafka.strimzi.io/v1beta2": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
  "barmancloud.cnpg.io/v1": "./schemas/barmancloud.mjs",
};
// a name that looks like a secret, unless it names where one is (a mounted file's path)
const SECRET_NAME = /^(?!.*_(LOCATION|PATH|FILE|URL)$).*(PASSWORD|SECRET|TOKEN|PRIVATE|CREDENTIAL|ACCESS_KEY)/i;

export async function validate(text, { prod = false } = {}) {
  const objects = yaml.loadAll(text).filter((o) => o && typeof o === "object");
  const problems = [];
  const id = (o) => `${o.kind ?? "?"}/${o.metadata?.name ?? "?"}`;
  for (const object of objects) {
    const module = SCHEMAS[object.apiVersion];
    if (!module) {
      problems.push(`${id(object)}: no schema known for apiVersion ${object.apiVersion}`);
      continue;
    }
    const Model = (await import(module))[object.kind];
    if (!Model) {
      problems.push(`${id(object)}: ${object.apiVersion} has no kind ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      problems.push(`${id(object)}: ${e.message}`);
    }
  }
  const ofKind = (kind) => objects.filter((o) => o.kind === kind);
  const selects = (selector, labels) =>
    selector && Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v)
    && Object.keys(selector.matchLabels ?? {}).length > 0;

  for (const deployment of ofKind("Deployment")) {
    const name = id(deployment);
    const pod = deployment.spec?.template?.spec ?? {};
    const labels = deployment.spec?.template?.metadata?.labels ?? {};
    for (const c of pod.containers ?? []) {
      for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
        if (!c[probe]) problems.push(`${name}: container ${c.name} has no ${probe}`);
      }
      for (const part of ["requests", "limits"]) {
        for (const resource of ["cpu", "memory"]) {
          if (!c.resources?.[part]?.[resource]) problems.push(`${name}: container ${c.name} has no ${part}.${resource}`);
        }
      }
      const nonRoot = c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
      if (nonRoot !== true) problems.push(`${name}: container ${c.name} may run as root (runAsNonRoot)`);
      if (c.securityContext?.readOnlyRootFilesystem !== true) problems.push(`${name}: container ${c.name} has a writable root file system`);
      if (c.securityContext?.allowPrivilegeEscalation !== false) problems.push(`${name}: container ${c.name} allows privilege escalation`);
      if (!c.image || /:latest$/.test(c.image) || !/[:@]/.test(c.image)) problems.push(`${name}: container ${c.name} image ${c.image} is not pinned`);
      if (prod) {
        if (/registry\.local\//.test(c.image) || /SNAPSHOT/.test(c.image)) problems.push(`${name}: image ${c.image} is not a release image`);
        // a tag can be moved to other bytes; a digest cannot (deploy/images/pin.sh writes the release's)
        if (!/@sha256:[0-9a-f]{64}$/.test(c.image)) problems.push(`${name}: image ${c.image} is not pinned by digest`);
        for (const env of c.env ?? []) {
          if (SECRET_NAME.test(env.name) && env.value !== undefined) problems.push(`${name}: env ${env.name} is a literal secret; use secretKeyRef`);
        }
      }
    }
    for (const c of pod.containers ?? []) {
      if (!c.lifecycle?.preStop) problems.push(`${name}: container ${c.name} has no preStop pause (in-flight requests are cut)`);
    }
    // its own pods: a selector of all the platform's pods (part-of) would let one service crowd a zone
    if (!(pod.topologySpreadConstraints ?? []).some((t) => t.topologyKey === "topology.kubernetes.io/zone"
        && selects(t.labelSelector, labels) && labels["app.kubernetes.io/name"] !== undefined
        && t.labelSelector.matchLabels["app.kubernetes.io/name"] === labels["app.kubernetes.io/name"])) {
      problems.push(`${name}: pods not spread over zones by their own labels`);
    }
    if (!ofKind("PodDisruptionBudget").some((p) => selects(p.spec?.selector, labels))) problems.push(`${name}: no PodDisruptionBudget`);
    if (!ofKind("HorizontalPodAutoscaler").some((h) => h.spec?.scaleTargetRef?.kind === "Deployment"
        && h.spec.scaleTargetRef.name === deployment.metadata.name)) problems.push(`${name}: no HorizontalPodAutoscaler`);
    if (!ofKind("NetworkPolicy").some((n) => selects(n.spec?.podSelector, labels)
        && (n.spec.policyTypes ?? []).includes("Ingress") && (n.spec.policyTypes ?? []).includes("Egress"))) {
      problems.push(`${name}: no NetworkPolicy restricting its ingress and egress`);
    }
  }
  const kafkas = ofKind("Kafka").map((k) => k.metadata?.name);
  for (const topic of ofKind("KafkaTopic")) {
    if (!kafkas.includes(topic.metadata?.labels?.["strimzi.io/cluster"])) problems.push(`${id(topic)}: its strimzi.io/cluster label names no Kafka cluster here`);
    if (prod && (topic.spec?.replicas ?? 0) < 3) problems.push(`${id(topic)}: fewer than 3 replicas in prod`);
  }
  // secured Kafka: every listener authenticates, users are authorized by ACLs, and each client is a KafkaUser
  for (const kafka of ofKind("Kafka")) {
    for (const listener of kafka.spec?.kafka?.listeners ?? []) {
      if (!listener.authentication) problems.push(`${id(kafka)}: listener ${listener.name} lets clients in unauthenticated`);
      if (!listener.tls) problems.push(`${id(kafka)}: listener ${listener.name} is not TLS`);
    }
    if (!kafka.spec?.kafka?.authorization) problems.push(`${id(kafka)}: no authorization (every user may do everything)`);
  }
  const users = ofKind("KafkaUser");
  for (const user of users) {
    if (!kafkas.includes(user.metadata?.labels?.["strimzi.io/cluster"])) problems.push(`${id(user)}: its strimzi.io/cluster label names no Kafka cluster here`);
    if (!(user.spec?.authorization?.acls ?? []).length) problems.push(`${id(user)}: no ACLs`);
  }
  for (const deployment of ofKind("Deployment")) {
    if (deployment.spec?.template?.metadata?.labels?.["perftarget/kafka-client"] !== "true") continue;
    for (const c of deployment.spec.template.spec?.containers ?? []) {
      const jaas = (c.env ?? []).find((e) => e.name === "KAFKA_SASL_JAAS_CONFIG");
      const secret = jaas?.valueFrom?.secretKeyRef?.name;
      if (!users.some((u) => u.metadata?.name === secret)) problems.push(`${id(deployment)}: container ${c.name} reaches Kafka as no KafkaUser (KAFKA_SASL_JAAS_CONFIG from its Secret)`);
    }
  }
  if (prod) {
    for (const secret of ofKind("Secret")) {
      if (secret.data || secret.stringData) problems.push(`${id(secret)}: literal secret in prod; let an operator or the secret store create it`);
    }
    for (const map of ofKind("ConfigMap")) {
      for (const key of Object.keys(map.data ?? {})) {
        if (SECRET_NAME.test(key)) problems.push(`${id(map)}: key ${key} looks like a secret in a ConfigMap`);
      }
    }
    // traces go to the cluster's collector: every service's configuration names it and samples a share of the traces
    for (const deployment of ofKind("Deployment").filter((d) => d.spec?.template?.metadata?.labels?.["perftarget/kafka-client"] === "true")) {
      for (const c of deployment.spec.template.spec?.containers ?? []) {
        const settings = Object.assign({}, ...(c.envFrom ?? []).map((from) => ofKind("ConfigMap")
          .find((m) => m.metadata?.name === from.configMapRef?.name)?.data ?? {}),
          Object.fromEntries((c.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value])));
        if (!settings.OTLP_TRACES_ENDPOINT) problems.push(`${id(deployment)}: container ${c.name} sends its traces nowhere (OTLP_TRACES_ENDPOINT)`);
        if (!(Number(settings.TRACES_SAMPLER_RATIO) > 0)) problems.push(`${id(deployment)}: container ${c.name} samples no traces (TRACES_SAMPLER_RATIO)`);
      }
    }
    // what an operator watches: the services scraped, the alerts of docs/operations.md, the dashboard
    if (!ofKind("PodMonitor").some((m) => m.spec?.podMetricsEndpoints?.some((e) => e.port === "management"))) problems.push("no PodMonitor scrapes the services' management port in prod");
    const alerts = ofKind("PrometheusRule").flatMap((r) => (r.spec?.groups ?? []).flatMap((g) => g.rules ?? [])).map((r) => r.alert);
    for (const alert of ["PerftargetOutboxBacklog", "PerftargetConsumerLag", "PerftargetDeadLetters", "PerftargetServerErrors",
      "PerftargetSlowRequests", "PerftargetBackupTooOld"]) {
      if (!alerts.includes(alert)) problems.push(`no alert ${alert} in prod`);
    }
    for (const map of ofKind("ConfigMap").filter((m) => m.metadata?.labels?.grafana_dashboard)) {
      for (const [key, json] of Object.entries(map.data ?? {})) {
        try {
          if (!(JSON.parse(json).panels ?? []).length) problems.push(`${id(map)}: dashboard ${key} has no panels`);
        } catch (e) {
          problems.push(`${id(map)}: dashboard ${key} is not JSON: ${e.message}`);
        }
      }
    }
    for (const cluster of ofKind("Cluster")) {
      // backups through the Barman Cloud plugin only (the in-tree object store is deprecated), to a store of the rendering
      const store = cluster.spec?.plugins?.find((p) => p.name === "barman-cloud.cloudnative-pg.io")?.parameters?.barmanObjectName;
      if (cluster.spec?.backup?.barmanObjectStore) problems.push(`${id(cluster)}: backups through the deprecated in-tree barmanObjectStore; use the Barman Cloud plugin`);
      if (!store) problems.push(`${id(cluster)}: no backups configured (Barman Cloud plugin)`);
      else if (!ofKind("ObjectStore").some((o) => o.metadata?.name === store)) problems.push(`${id(cluster)}: its backups go to ObjectStore ${store}, which is not here`);
      if ((cluster.spec?.instances ?? 1) < 3) problems.push(`${id(cluster)}: fewer than 3 instances in prod`);
    }
  }
  const counts = {};
  for (const o of objects) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return { objects: objects.length, counts, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const prod = process.argv.includes("--prod");
  if (!file) {
    console.error("usage: node validate.mjs <rendered.yaml> [--prod]");
    process.exit(2);
  }
  const result = await validate(fs.readFileSync(file, "utf8"), { prod });
  const summary = Object.entries(result.counts).map(([k, n]) => `${n} ${k}`).join(", ");
  if (result.problems.length) {
    console.error(`[k8s] ${file}: ${result.problems.length} problem(s) in ${result.objects} objects`);
    for (const p of result.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`[k8s] ${file}${prod ? " (prod rules)" : ""}: ${result.objects} objects valid (${summary})`);
}
