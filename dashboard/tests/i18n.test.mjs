// The dictionaries: the same keys in Spanish and English, nothing empty, the same {placeholders},
// and every key the code uses (t('…') and tEnum groups) present.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const es = JSON.parse(readFileSync(join(src, 'i18n', 'es.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(src, 'i18n', 'en.json'), 'utf8'));
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

test('Spanish and English have the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(es).sort());
});

test('no translation is empty and placeholders match', () => {
  for (const key of Object.keys(es)) {
    assert.ok(es[key].trim(), `es ${key} is empty`);
    assert.ok(en[key].trim(), `en ${key} is empty`);
    assert.deepEqual(placeholders(en[key]), placeholders(es[key]), `placeholders differ in ${key}`);
  }
});

test('every key the code uses is translated', () => {
  const code = sources(src).join('\n');
  const used = [...code.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]);
  assert.ok(used.length > 100, 'found the t() calls');
  for (const key of used) assert.ok(key in es, `missing key ${key}`);
  const groups = new Set([...code.matchAll(/tEnum\('(\w+)'/g)].map((m) => m[1]));
  for (const group of groups) assert.ok(Object.keys(es).some((k) => k.startsWith(`${group}.`)), `missing enum group ${group}`);
});

test('enum values of the API contract are all translated', () => {
  // The contract is the API's OpenAPI document, the same copy the dashboard's types are generated from.
  const schemas = JSON.parse(readFileSync(join(src, 'api', 'openapi.json'), 'utf8')).components.schemas;
  const groups = {
    vulnerability: 'Vulnerability', category: 'ProgramCategory', education: 'EducationLevel', english: 'EnglishLevel',
    document: 'DocumentType', stage: 'Stage', referralStatus: 'ReferralStatus', alert: 'AlertLevel', priority: 'Priority',
    sex: 'Sex', transport: 'TransportMode',
    custodyStep: 'CustodyStepKind', custodyStatus: 'CustodyStatus', relationship: 'Relationship',
  };
  for (const [group, schema] of Object.entries(groups)) {
    const values = (schemas[schema]?.enum ?? []).filter((value) => value !== null);
    assert.ok(values.length > 0, `the API's document lists no values for ${schema}`);
    for (const value of values) assert.ok(`${group}.${value}` in es, `missing ${group}.${value}`);
  }
});
