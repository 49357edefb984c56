// Compares a service's OpenAPI document with its committed snapshot and lists the breaking changes:
// what a client built against the snapshot would trip over. Request bodies and parameters may
// accept more but not less; response bodies may say more but not less, nor change a field's type.
//
//   node compat.mjs <snapshot.json> <current.json> [--accepted accepted-breaking-changes.json] [--service name]
//
// Exit code 0: no undeclared breaking change; 1: at least one (each printed); 2: usage error.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Every breaking change from `before` to `after`, as stable one-line messages. */
export function breakingChanges(before, after) {
  const changes = [];
  for (const [path, oldItem] of Object.entries(before.paths ?? {})) {
    const newItem = after.paths?.[path];
    if (!newItem) {
      changes.push(`${path}: removed path`);
      continue;
    }
    for (const method of METHODS.filter((m) => oldItem[m])) {
      const where = `${method.toUpperCase()} ${path}`;
      const oldOp = oldItem[method];
      const newOp = newItem[method];
      if (!newOp) {
        changes.push(`${where}: removed operation`);
        continue;
      }
      compareParameters(before, after, oldOp, newOp, where, changes);
      compareRequestBody(before, after, oldOp, newOp, where, changes);
      compareResponses(before, after, oldOp, newOp, where, changes);
      compareSecurity(before, after, oldOp, newOp, where, changes);
    }
  }
  return changes;
}

/**
 * Authentication newly required, or a role no longer admitted, breaks the clients that called the
 * operation before (an operation's own requirement, else the document's).
 */
function compareSecurity(before, after, oldOp, newOp, where, changes) {
  const oldReqs = oldOp.security ?? before.security ?? [];
  const newReqs = newOp.security ?? after.security ?? [];
  const open = (reqs) => reqs.length === 0 || reqs.some((r) => Object.keys(r).length === 0);
  if (open(newReqs)) {
    return;
  }
  if (open(oldReqs)) {
    changes.push(`${where}: now requires authentication (${newReqs.map((r) => Object.keys(r).join('+')).join(' or ')})`);
    return;
  }
  const roles = (reqs) => new Set(reqs.flatMap((r) => Object.values(r).flat()));
  const newRoles = roles(newReqs);
  const lost = [...roles(oldReqs)].filter((role) => !newRoles.has(role));
  if (lost.length && newRoles.size) {
    changes.push(`${where}: no longer admits the roles ${lost.join(', ')}`);
  }
}

function compareParameters(before, after, oldOp, newOp, where, changes) {
  const key = (p) => `${p.in}:${p.name}`;
  const oldParams = new Map((oldOp.parameters ?? []).map((p) => resolve(before, p)).map((p) => [key(p), p]));
  const newParams = new Map((newOp.parameters ?? []).map((p) => resolve(after, p)).map((p) => [key(p), p]));
  for (const [k, oldParam] of oldParams) {
    const newParam = newParams.get(k);
    if (!newParam) {
      changes.push(`${where}: removed ${oldParam.in} parameter ${oldParam.name}`);
      continue;
    }
    if (newParam.required && !oldParam.required) {
      changes.push(`${where}: ${oldParam.in} parameter ${oldParam.name} became required`);
    }
    compareSchema(before, after, oldParam.schema, newParam.schema, 'request',
        `${where} ${oldParam.in} parameter ${oldParam.name}`, changes, new Set());
  }
  for (const [k, newParam] of newParams) {
    if (!oldParams.has(k) && newParam.required) {
      changes.push(`${where}: new required ${newParam.in} parameter ${newParam.name}`);
    }
  }
}

function compareRequestBody(before, after, oldOp, newOp, where, changes) {
  const oldBody = resolve(before, oldOp.requestBody);
  const newBody = resolve(after, newOp.requestBody);
  if (!oldBody) {
    if (newBody?.required) {
      changes.push(`${where}: request body became required`);
    }
    return;
  }
  if (!newBody) {
    changes.push(`${where}: removed request body`);
    return;
  }
  for (const [mediaType, oldContent] of Object.entries(oldBody.content ?? {})) {
    const newContent = newBody.content?.[mediaType];
    if (!newContent) {
      changes.push(`${where} request: no longer accepts ${mediaType}`);
      continue;
    }
    compareSchema(before, after, oldContent.schema, newContent.schema, 'request', `${where} request`, changes, new Set());
  }
}

function compareResponses(before, after, oldOp, newOp, where, changes) {
  for (const [status, oldResponseRef] of Object.entries(oldOp.responses ?? {})) {
    const oldResponse = resolve(before, oldResponseRef);
    const newResponse = resolve(after, newOp.responses?.[status]);
    if (!newResponse) {
      if (status.startsWith('2')) {
        changes.push(`${where}: removed response ${status}`);
      }
      continue;
    }
    for (const [mediaType, oldContent] of Object.entries(oldResponse.content ?? {})) {
      const newContent = newResponse.content?.[mediaType];
      if (!newContent) {
        changes.push(`${where} response ${status}: no longer gives ${mediaType}`);
        continue;
      }
      compareSchema(before, after, oldContent.schema, newContent.schema, 'response', `${where} response ${status}`,
          changes, new Set());
    }
  }
}

/**
 * Compares one schema position. `direction` is 'request' (the client sends it: the new schema must
 * accept all the old one did) or 'response' (the client reads it: fields stay, types stay).
 */
function compareSchema(before, after, oldRaw, newRaw, direction, where, changes, visiting, field = '') {
  if (!oldRaw || !newRaw) {
    return;
  }
  // a recursive schema (a category's children) is compared once along each path
  const pairKey = `${oldRaw.$ref ?? ''}|${newRaw.$ref ?? ''}`;
  if (oldRaw.$ref || newRaw.$ref) {
    if (visiting.has(pairKey)) {
      return;
    }
    visiting = new Set(visiting).add(pairKey);
  }
  const oldSchema = flatten(before, oldRaw);
  const newSchema = flatten(after, newRaw);
  const at = field ? `${where}: field ${field}` : `${where}:`;

  const oldTypes = types(oldSchema);
  const newTypes = types(newSchema);
  if (oldTypes.length && newTypes.length) {
    const accepts = (set, type) => set.includes(type) || (type === 'integer' && set.includes('number'));
    const narrowed = oldTypes.filter((t) => !accepts(newTypes, t));
    const widened = newTypes.filter((t) => !accepts(oldTypes, t));
    if (narrowed.length || (direction === 'response' && widened.length)) {
      changes.push(`${at} type changed from ${oldTypes.join('|')} to ${newTypes.join('|')}`);
    }
  }
  if (oldSchema.format && newSchema.format && oldSchema.format !== newSchema.format) {
    changes.push(`${at} format changed from ${oldSchema.format} to ${newSchema.format}`);
  }
  if (direction === 'request') {
    if (Array.isArray(oldSchema.enum) && Array.isArray(newSchema.enum)) {
      const removed = oldSchema.enum.filter((v) => !newSchema.enum.includes(v));
      if (removed.length) {
        changes.push(`${at} no longer accepts ${removed.join(', ')}`);
      }
    } else if (!Array.isArray(oldSchema.enum) && Array.isArray(newSchema.enum)) {
      changes.push(`${at} narrowed to the values ${newSchema.enum.join(', ')}`);
    }
    narrowedBound(oldSchema, newSchema, 'maxLength', (o, n) => n < o, at, changes);
    narrowedBound(oldSchema, newSchema, 'maxItems', (o, n) => n < o, at, changes);
    narrowedBound(oldSchema, newSchema, 'maximum', (o, n) => n < o, at, changes);
    narrowedBound(oldSchema, newSchema, 'minLength', (o, n) => n > o, at, changes);
    narrowedBound(oldSchema, newSchema, 'minItems', (o, n) => n > o, at, changes);
    narrowedBound(oldSchema, newSchema, 'minimum', (o, n) => n > o, at, changes);
    if (newSchema.pattern && newSchema.pattern !== oldSchema.pattern) {
      changes.push(`${at} pattern ${oldSchema.pattern ? 'changed' : 'added'}: ${newSchema.pattern}`);
    }
    const oldRequired = new Set(oldSchema.required ?? []);
    for (const name of newSchema.required ?? []) {
      if (!oldRequired.has(name)) {
        changes.push(`${where}: field ${join(field, name)} became required`);
      }
    }
  } else {
    const newRequired = new Set(newSchema.required ?? []);
    for (const name of oldSchema.required ?? []) {
      if (!newRequired.has(name) && newSchema.properties?.[name]) {
        changes.push(`${where}: field ${join(field, name)} is no longer always given`);
      }
    }
  }
  for (const [name, oldProperty] of Object.entries(oldSchema.properties ?? {})) {
    const newProperty = newSchema.properties?.[name];
    if (!newProperty) {
      changes.push(`${where}: removed field ${join(field, name)}`);
      continue;
    }
    compareSchema(before, after, oldProperty, newProperty, direction, where, changes, visiting, join(field, name));
  }
  if (oldSchema.items && newSchema.items) {
    compareSchema(before, after, oldSchema.items, newSchema.items, direction, where, changes, visiting, `${field}[]`);
  }
  if (typeof oldSchema.additionalProperties === 'object' && typeof newSchema.additionalProperties === 'object') {
    compareSchema(before, after, oldSchema.additionalProperties, newSchema.additionalProperties, direction, where,
        changes, visiting, `${field}{}`);
  }
}

function narrowedBound(oldSchema, newSchema, keyword, isNarrower, at, changes) {
  const o = oldSchema[keyword];
  const n = newSchema[keyword];
  if (n !== undefined && (o === undefined || isNarrower(Number(o), Number(n)))) {
    changes.push(`${at} ${keyword} ${o === undefined ? 'added' : `changed from ${o}`} to ${n}`);
  }
}

function join(field, name) {
  return field ? `${field}.${name}` : name;
}

/** The schema with its $ref followed, allOf and a nullable anyOf merged; siblings of a $ref (3.1) win. */
function flatten(doc, schema) {
  let result = { ...schema };
  if (schema.$ref) {
    const { $ref, ...siblings } = schema;
    result = { ...flatten(doc, resolve(doc, { $ref })), ...siblings };
  }
  for (const part of result.allOf ?? []) {
    const merged = flatten(doc, part);
    result = {
      ...merged, ...result,
      properties: { ...(merged.properties ?? {}), ...(result.properties ?? {}) },
      required: [...(merged.required ?? []), ...(result.required ?? [])],
    };
  }
  delete result.allOf;
  // nullable (3.1): anyOf [a schema, {type: null}] is that schema, with null allowed besides
  const branches = result.anyOf ?? result.oneOf ?? [];
  const nonNull = branches.filter((branch) => branch.type !== 'null');
  if (nonNull.length === 1 && branches.length === 2) {
    const merged = flatten(doc, nonNull[0]);
    result = {
      ...merged, ...result,
      properties: { ...(merged.properties ?? {}), ...(result.properties ?? {}) },
      required: [...(merged.required ?? []), ...(result.required ?? [])],
    };
    delete result.anyOf;
    delete result.oneOf;
  }
  return result;
}

function types(schema) {
  if (Array.isArray(schema.type)) {
    return schema.type.filter((t) => t !== 'null');
  }
  return schema.type ? [schema.type] : [];
}

/** Follows a local $ref (#/components/...). */
function resolve(doc, node) {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 20; hops++) {
    const target = current.$ref.replace(/^#\//, '').split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((value, part) => value?.[part], doc);
    if (!target) {
      throw new Error(`Unresolvable $ref ${current.$ref}`);
    }
    current = target;
  }
  return current;
}

/** The breaking changes not declared in the accepted list (entries of the given service). */
export function undeclared(changes, accepted, service) {
  const declared = new Set(accepted.filter((a) => !a.service || a.service === service).map((a) => a.change));
  return changes.filter((c) => !declared.has(c));
}

function main(argv) {
  const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const option = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
  if (positional.length !== 2) {
    console.error('usage: node compat.mjs <snapshot.json> <current.json> [--accepted file] [--service name]');
    return 2;
  }
  const [snapshotFile, currentFile] = positional;
  const accepted = option('--accepted') ? JSON.parse(readFileSync(option('--accepted'), 'utf8')) : [];
  const service = option('--service') ?? '';
  const all = breakingChanges(JSON.parse(readFileSync(snapshotFile, 'utf8')), JSON.parse(readFileSync(currentFile, 'utf8')));
  const open = undeclared(all, accepted, service);
  for (const change of all.filter((c) => !open.includes(c))) {
    console.log(`[api] ${service}: declared breaking change: ${change}`);
  }
  for (const change of open) {
    console.error(`[api] ${service}: BREAKING: ${change}`);
  }
  return open.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main(process.argv.slice(2)));
}
