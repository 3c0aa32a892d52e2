import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validEntry, mergeEntries, putEntry, loadEntries, sessionsOnDay } from '../../pwa/static/js/diary-store.js';
import { toJSON, toCSV, parseImport } from '../../pwa/static/js/diary-io.js';

const entry = (n, extra = {}) => ({ id: `id-${n}`, date: `2026-11-0${n}T08:00:00.000Z`, kind: 'routine',
  slug: 'jaw', title: 'Jaw', seconds: 300, points: 6, painBefore: 6, painAfter: 3, note: '', ...extra });

function fakeStorage(limit = Infinity) {
  const data = new Map();
  globalThis.localStorage = {
    getItem: (k) => (data.has(k) ? data.get(k) : null),
    setItem: (k, v) => {
      if (v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k) => data.delete(k),
  };
}

test('entries are validated field by field', () => {
  assert.equal(validEntry(entry(1)), true);
  assert.equal(validEntry(entry(1, { painAfter: 11 })), false);
  assert.equal(validEntry(entry(1, { date: 'yesterday' })), false);
  assert.equal(validEntry(entry(1, { kind: 'other' })), false);
  assert.equal(validEntry({ ...entry(1), note: 'x'.repeat(1001) }), false);
  assert.equal(validEntry(null), false);
});

test('export then import round-trips; the same entries again are skipped', () => {
  const json = toJSON([entry(1), entry(2)]);
  const parsed = parseImport(json);
  assert.equal(parsed.ok, true);
  const merged = mergeEntries([entry(1)], parsed.entries);
  assert.equal(merged.added, 1);
  assert.equal(merged.skipped, 1);
  assert.equal(merged.entries.length, 2);
});

test('a broken or foreign file gets a clear message', () => {
  assert.match(parseImport('').message, /empty/);
  assert.match(parseImport('{not json').message, /not valid JSON/);
  assert.match(parseImport('{"entries": []}').message, /not a Trigger Point Guide/);
  const damaged = JSON.parse(toJSON([entry(1)]));
  damaged.entries[0].painBefore = 'lots';
  assert.match(parseImport(JSON.stringify(damaged)).message, /1 damaged entry/);
  damaged.version = 99;
  assert.match(parseImport(JSON.stringify(damaged)).message, /newer version/);
});

test('CSV quotes commas and neutralises formulas', () => {
  const csv = toCSV([entry(1, { note: 'sore, then better' }), entry(2, { note: '=HYPERLINK("x")' })]);
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], 'date,title,kind,minutes,points,painBefore,painAfter,note');
  assert.match(lines[1], /"sore, then better"$/);
  assert.match(lines[2], /"'=HYPERLINK\(""x""\)"$/);
});

test('a full storage quota is reported, not thrown, and nothing is lost', () => {
  fakeStorage();
  assert.equal(putEntry(entry(1)).ok, true);
  fakeStorage(10);
  const result = putEntry(entry(2));
  assert.deepEqual(result, { ok: false, reason: 'quota' });
});

test('stored entries that are damaged are left out when loading', () => {
  fakeStorage();
  localStorage.setItem('tpg.history.v1', JSON.stringify([entry(1), { id: 5 }]));
  assert.deepEqual(loadEntries().map((e) => e.id), ['id-1']);
  localStorage.setItem('tpg.history.v1', 'not json');
  assert.deepEqual(loadEntries(), []);
});

test('sessions are counted per local day', () => {
  const now = new Date(2026, 10, 5, 18, 0).getTime();
  const at = (d, h) => entry(1, { date: new Date(2026, 10, d, h, 0).toISOString().replace(/\.\d+Z$/, '.000Z') });
  assert.equal(sessionsOnDay([at(5, 8), at(5, 12), at(4, 20)], now), 2);
});
