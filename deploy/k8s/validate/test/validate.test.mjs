// The validation step itself: the real overlays pass, and each kind of broken manifest fails it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { validate } from "../validate.mjs";

const k8s = path.resolve(import.meta.dirname, "..", "..");
const render = (overlay) => execFileSync("kubectl", ["kustomize", path.join(k8s, "overlays", overlay)], { encoding: "utf8" });
const objects = (text) => yaml.loadAll(text).filter(Boolean);
const dump = (list) => list.map((o) => yaml.dump(o)).join("---\n");
const deployment = (list) => list.find((o) => o.kind === "Deployment");

test("the dev and prod overlays pass", async () => {
  assert.deepEqual((await validate(render("dev"))).problems, []);
  assert.deepEqual((await validate(render("prod"), { prod: true })).problems, []);
});

test("a field of the wrong type fails the schema check", async () => {
  const list = objects(render("dev"));
  deployment(list).spec.replicas = "two";
  const { problems } = await validate(dump(list));
  assert.ok(problems.some((p) => p.includes("Deployment/") && p.includes("replicas must be integer")), problems.join("\n"));
});

test("a custom resource of the wrong shape fails its CRD schema", async () => {
  const list = objects(render("prod"));
  list.find((o) => o.kind === "KafkaTopic").spec.partitions = "six";
  list.find((o) => o.kind === "Cluster").spec.instances = "three";
  const { problems } = await validate(dump(list), { prod: true });
  assert.ok(problems.some((p) => p.startsWith("KafkaTopic/") && p.includes("partitions must be integer")), problems.join("\n"));
  assert.ok(problems.some((p) => p.startsWith("Cluster/") && p.includes("instances must be integer")), problems.join("\n"));
});

test("a kind no schema knows is refused, not skipped", async () => {
  const { problems } = await validate("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n");
  assert.deepEqual(problems, ["Widget/w: no schema known for apiVersion example.com/v1"]);
});

test("a Deployment without probes, limits or its PDB, HPA and NetworkPolicy breaks the rules", async () => {
  const list = objects(render("dev")).filter((o) => !["PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy"].includes(o.kind));
  const container = deployment(list).spec.template.spec.containers[0];
  delete container.readinessProbe;
  delete container.resources.limits;
  container.securityContext.readOnlyRootFilesystem = false;
  const { problems } = await validate(dump(list));
  const name = `Deployment/${deployment(list).metadata.name}`;
  for (const expected of ["has no readinessProbe", "has no limits.cpu", "writable root file system", "no PodDisruptionBudget",
    "no HorizontalPodAutoscaler", "no NetworkPolicy"]) {
    assert.ok(problems.some((p) => p.startsWith(name) && p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
});

test("a Deployment without a preStop pause or spread over zones by its own labels breaks the rules", async () => {
  const list = objects(render("dev"));
  const pod = deployment(list).spec.template.spec;
  delete pod.containers[0].lifecycle;
  pod.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone",
    whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: { "app.kubernetes.io/part-of": "perftarget" } } }];
  const { problems } = await validate(dump(list));
  const name = `Deployment/${deployment(list).metadata.name}`;
  for (const expected of ["has no preStop pause", "not spread over zones by their own labels"]) {
    assert.ok(problems.some((p) => p.startsWith(name) && p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
});

test("prod refuses literal secrets, snapshot images and databases without backups", async () => {
  const list = objects(render("prod"));
  list.push({ apiVersion: "v1", kind: "Secret", metadata: { name: "db" }, stringData: { password: "perftarget" } });
  const container = deployment(list).spec.template.spec.containers[0];
  container.env.push({ name: "DB_PASSWORD", value: "perftarget" });
  container.image = "registry.local/perftarget/budget-service:1.0.0-SNAPSHOT";
  delete list.find((o) => o.kind === "Cluster").spec.plugins;
  const { problems } = await validate(dump(list), { prod: true });
  for (const expected of ["Secret/db: literal secret", "env DB_PASSWORD is a literal secret", "is not a release image", "no backups configured"]) {
    assert.ok(problems.some((p) => p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
  assert.deepEqual((await validate(dump(list))).problems.filter((p) => p.includes("literal")), [], "dev allows them");
});

test("the command exits 1 on a broken file and names the problem", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "k8s-")), "broken.yaml");
  fs.writeFileSync(file, "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: eighty}]}\n");
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, "..", "validate.mjs"), file], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /Service\/s: .*port/);
});

test("an unauthenticated Kafka listener, no authorization or a Kafka client that is no KafkaUser breaks the rules", async () => {
  const list = objects(render("prod")).filter((o) => o.kind !== "KafkaUser");
  const kafka = list.find((o) => o.kind === "Kafka");
  delete kafka.spec.kafka.listeners[0].authentication;
  delete kafka.spec.kafka.authorization;
  const { problems } = await validate(dump(list), { prod: true });
  for (const expected of ["lets clients in unauthenticated", "no authorization", "reaches Kafka as no KafkaUser"]) {
    assert.ok(problems.some((p) => p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
});

test("prod without its alerts, its PodMonitor or with a dashboard that does not parse breaks the rules", async () => {
  const list = objects(render("prod")).filter((o) => !["PodMonitor", "PrometheusRule"].includes(o.kind));
  list.find((o) => o.kind === "ConfigMap" && o.metadata.labels?.grafana_dashboard).data["dashboard.json"] = "{not json";
  const { problems } = await validate(dump(list), { prod: true });
  for (const expected of ["no PodMonitor", "no alert PerftargetOutboxBacklog", "no alert PerftargetBackupTooOld", "is not JSON"]) {
    assert.ok(problems.some((p) => p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
});

test("prod refuses an image by tag, even a release's", async () => {
  const list = objects(render("prod"));
  deployment(list).spec.template.spec.containers[0].image = "registry.example.gov.cn/perftarget/budget-service:1.0.0";
  const { problems } = await validate(dump(list), { prod: true });
  assert.ok(problems.some((p) => p.includes("is not pinned by digest")), problems.join("\n"));
  assert.deepEqual((await validate(dump(list))).problems.filter((p) => p.includes("digest")), [], "dev allows tags");
});

test("a prod service that sends its traces nowhere or samples none breaks the rules", async () => {
  const list = objects(render("prod"));
  const budget = list.find((o) => o.kind === "ConfigMap" && o.metadata.name === "budget-service");
  delete budget.data.OTLP_TRACES_ENDPOINT;
  const review = list.find((o) => o.kind === "ConfigMap" && o.metadata.name === "review-service");
  review.data.TRACES_SAMPLER_RATIO = "0";
  const { problems } = await validate(dump(list), { prod: true });
  assert.ok(problems.some((p) => /budget-service.*sends its traces nowhere/.test(p)), problems.join("\n"));
  assert.ok(problems.some((p) => /review-service.*samples no traces/.test(p)), problems.join("\n"));
});

test("a prod database backed up in-tree, to no ObjectStore, or an ObjectStore without its destination breaks the rules", async () => {
  const list = objects(render("prod"));
  const clusters = list.filter((o) => o.kind === "Cluster");
  clusters[0].spec.backup = { barmanObjectStore: { destinationPath: "s3://x" } };
  clusters[1].spec.plugins[0].parameters.barmanObjectName = "elsewhere";
  delete list.find((o) => o.kind === "ObjectStore").spec.configuration.destinationPath;
  const { problems } = await validate(dump(list), { prod: true });
  for (const expected of ["deprecated in-tree barmanObjectStore", "ObjectStore elsewhere, which is not here", "destinationPath must be a string"]) {
    assert.ok(problems.some((p) => p.includes(expected)), `${expected}: ${problems.join("\n")}`);
  }
});
