// Proves that the compatibility guard fails on breaking changes and lets compatible ones pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { breakingChanges, undeclared } from '../compat.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const snapshot = () => JSON.parse(readFileSync(join(here, '..', 'snapshots', 'budget-service.json'), 'utf8'));

test('the same document has no breaking change', () => {
  assert.deepEqual(breakingChanges(snapshot(), snapshot()), []);
});

test('a removed response field is breaking, wherever the schema is used', () => {
  const after = snapshot();
  delete after.components.schemas.DeclarationResponse.properties.fiscalYear;
  const changes = breakingChanges(snapshot(), after);
  assert.ok(changes.includes('GET /api/v1/declarations/{id} response 200: removed field fiscalYear'), changes.join('\n'));
  assert.ok(changes.includes('GET /api/v1/declarations response 200: removed field items[].fiscalYear'), changes.join('\n'));
});

test('a removed nested field is named by its path', () => {
  const after = snapshot();
  delete after.components.schemas.BudgetOverview.properties.basicExpenditure;
  const changes = breakingChanges(snapshot(), after);
  assert.ok(changes.includes('GET /api/v1/declarations/{id} response 200: removed field budget.basicExpenditure'), changes.join('\n'));
  assert.ok(changes.includes('POST /api/v1/declarations request: removed field budget.basicExpenditure'), changes.join('\n'));
});

test('a removed path or operation is breaking', () => {
  const after = snapshot();
  delete after.paths['/api/v1/declarations/{id}/diff'];
  delete after.paths['/api/v1/declarations/{id}'].put;
  const changes = breakingChanges(snapshot(), after);
  assert.ok(changes.includes('/api/v1/declarations/{id}/diff: removed path'));
  assert.ok(changes.includes('PUT /api/v1/declarations/{id}: removed operation'));
});

test('a narrowed type, a new required field and a removed enum value in a request are breaking', () => {
  const after = snapshot();
  after.components.schemas.DeclarationRequest.properties.fiscalYear = { type: 'string' };
  after.components.schemas.DeclarationRequest.required = [...after.components.schemas.DeclarationRequest.required, 'otherTasks'];
  after.components.schemas.DeclarationStatus.enum = after.components.schemas.DeclarationStatus.enum.filter((s) => s !== 'RETURNED');
  const changes = breakingChanges(snapshot(), after);
  assert.ok(changes.some((c) => c.startsWith('POST /api/v1/declarations request: field fiscalYear type changed from integer to string')), changes.join('\n'));
  assert.ok(changes.includes('POST /api/v1/declarations request: field otherTasks became required'), changes.join('\n'));
  assert.ok(changes.includes('GET /api/v1/declarations query parameter status: no longer accepts RETURNED'), changes.join('\n'));
});

test('additions are not breaking: a new optional field, a new path, a new optional parameter', () => {
  const after = snapshot();
  after.components.schemas.DeclarationResponse.properties.remark = { type: 'string', description: '备注 (remark)' };
  after.components.schemas.DeclarationRequest.properties.remark = { type: 'string', description: '备注 (remark)' };
  after.paths['/api/v1/declarations/{id}/comments'] = { get: { responses: { 200: { description: 'ok' } } } };
  after.paths['/api/v1/declarations'].get.parameters.push({ name: 'q', in: 'query', schema: { type: 'string' } });
  assert.deepEqual(breakingChanges(snapshot(), after), []);
});

test('a declared breaking change passes; an undeclared one does not', () => {
  const changes = ['GET /api/v1/declarations/{id} response 200: removed field fiscalYear', '/api/v1/x: removed path'];
  const accepted = [{ service: 'budget-service', change: changes[0], reason: 'test' }];
  assert.deepEqual(undeclared(changes, accepted, 'budget-service'), ['/api/v1/x: removed path']);
  assert.deepEqual(undeclared(changes, accepted, 'review-service'), changes);
});

test('a recursive schema is compared without end, and a change deep in it is found', () => {
  const indicatorSnapshot = () => JSON.parse(readFileSync(join(here, '..', 'snapshots', 'indicator-service.json'), 'utf8'));
  assert.deepEqual(breakingChanges(indicatorSnapshot(), indicatorSnapshot()), []);
  const after = indicatorSnapshot();
  delete after.components.schemas.CategoryResponse.properties.nameEn;
  const changes = breakingChanges(indicatorSnapshot(), after);
  assert.ok(changes.includes('GET /api/v1/categories response 200: removed field [].nameEn'), changes.join('\n'));
});

test('the command exits 1 on a removed field and 0 on the snapshot itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compat-'));
  const after = snapshot();
  delete after.components.schemas.DepartmentResponse.properties.code;
  writeFileSync(join(dir, 'after.json'), JSON.stringify(after));
  const cli = join(here, '..', 'compat.mjs');
  const snapshotFile = join(here, '..', 'snapshots', 'budget-service.json');
  const broken = spawnSync(process.execPath, [cli, snapshotFile, join(dir, 'after.json'), '--service', 'budget-service']);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr.toString(), /BREAKING: GET \/api\/v1\/departments\/\{id\} response 200: removed field code/);
  const same = spawnSync(process.execPath, [cli, snapshotFile, snapshotFile, '--service', 'budget-service']);
  assert.equal(same.status, 0, same.stderr.toString());
});

test('authentication newly required, or a role no longer admitted, is breaking', () => {
  const open = snapshot();
  delete open.paths['/api/v1/declarations/{id}'].get.security;
  assert.ok(breakingChanges(open, snapshot()).some((c) => c.startsWith('GET /api/v1/declarations/{id}: now requires authentication')));
  const narrowed = snapshot();
  narrowed.paths['/api/v1/declarations/{id}'].get.security = [{ bearerJwt: ['admin'] }];
  assert.ok(breakingChanges(snapshot(), narrowed).includes('GET /api/v1/declarations/{id}: no longer admits the roles declarant, reviewer'));
  const widened = snapshot();
  widened.paths['/api/v1/declarations/{id}/submit'].post.security = [{ bearerJwt: ['declarant', 'admin'] }];
  assert.deepEqual(breakingChanges(snapshot(), widened), []);
});

test('a field that becomes nullable keeps its fields, and a field removed behind the null is still found', () => {
  const ref = '#/components/schemas/MonitoringLights';
  const before = snapshot();
  before.components.schemas.DeclarationResponse.properties.monitoring = { $ref: ref };
  const after = snapshot();
  after.components.schemas.DeclarationResponse.properties.monitoring = {
    type: ['object', 'null'], anyOf: [{ $ref: ref }, { type: 'null' }] };
  assert.deepEqual(breakingChanges(before, after), []);
  delete after.components.schemas.MonitoringLights.properties.light;
  const changes = breakingChanges(before, after);
  assert.ok(changes.includes('GET /api/v1/declarations/{id} response 200: removed field monitoring.light'), changes.join('\n'));
});
