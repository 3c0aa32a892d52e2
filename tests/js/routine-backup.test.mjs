import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toJSON, toCSV, parseImport, importBackup } from '../../pwa/static/js/diary/diary-io.js';
import { mergeRoutines, readBackupRoutines, importRoutines } from '../../pwa/static/js/routines/routine-backup.js';
import { loadEntries } from '../../pwa/static/js/diary/diary-store.js';
import { loadRoutines, MAX_ROUTINES } from '../../pwa/static/js/routines/routine-model.js';
import { fakeStorage } from './fake-storage.mjs';

// Own routines travelling in the history's JSON backup: exported, read back from a file that is
// untrusted, merged without overwriting anything, all or nothing with the diary.

const HISTORY = 'tpg.history.v1';
const ROUTINES = 'tpg.routines.v1';

const entry = (n) => ({ id: `id-${n}`, date: `2026-11-0${n}T08:00:00.000Z`, kind: 'routine', slug: 'jaw',
  title: 'Jaw', seconds: 300, points: 6, painBefore: 6, painAfter: 3, note: '' });

const routine = (n, extra = {}) => ({
  id: `rtest${n}`, title: `Homework ${n}`, note: 'Twice a day.\nGently.', rest: 10, updated: 1,
  steps: [
    { muscle: 'upper-trapezius', side: 'left', mode: 'hold', seconds: 60 },
    { muscle: 'soleus', side: 'none', mode: 'strokes', seconds: 40, strokes: 10 },
  ],
  ...extra,
});

function seed({ entries = [], routines = [] } = {}) {
  const data = fakeStorage();
  if (entries.length) localStorage.setItem(HISTORY, JSON.stringify(entries));
  if (routines.length) localStorage.setItem(ROUTINES, JSON.stringify(routines));
  return data;
}

const file = (extra = {}) => ({ format: 'trigger-point-guide-history', version: 1, exported: '2026-11-09T08:00:00.000Z',
  entries: [entry(1)], routines: [routine(1)], ...extra });
const snapshot = (data) => JSON.stringify([...data.entries()]);
let counter = 0;
const nextId = () => `rfresh${(counter += 1)}`;

test('the JSON export carries the valid own routines, cleaned; the CSV does not', () => {
  const json = JSON.parse(toJSON([entry(1)], [routine(1, { extra: 'x' }), routine(2, { title: '' })]));
  assert.equal(json.version, 1);
  assert.deepEqual(json.routines, [routine(1)]);
  assert.deepEqual(Object.keys(json.routines[0]), ['id', 'title', 'note', 'rest', 'steps', 'updated']);
  assert.deepEqual(JSON.parse(toJSON([entry(1)])).routines, []);
  assert.doesNotMatch(toCSV([entry(1)]), /Homework/);
});

test('a routine whose name would read backwards is not exported, so every export imports back', () => {
  const json = JSON.parse(toJSON([], [routine(1, { title: 'Homework \u202e1' }), routine(2)]));
  assert.deepEqual(json.routines.map((r) => r.id), ['rtest2']);
  assert.equal(parseImport(JSON.stringify(json)).ok, true);
});

test('export then import on a new phone brings the routines and the diary', () => {
  seed({ entries: [entry(1)], routines: [routine(1), routine(2)] });
  const text = toJSON(loadEntries(), loadRoutines());
  const data = seed();
  const parsed = parseImport(text);
  assert.equal(parsed.ok, true);
  const result = importBackup(parsed);
  assert.equal(result.ok, true);
  assert.deepEqual([result.diary.added, result.routines.added, result.routines.skipped], [1, 2, 0]);
  assert.deepEqual(loadRoutines(), [routine(1), routine(2)]);
  assert.deepEqual(loadEntries(), [entry(1)]);
  // The same file again changes nothing.
  const before = snapshot(data);
  const again = importBackup(parseImport(text));
  assert.deepEqual([again.diary.added, again.routines.added, again.routines.skipped], [0, 0, 2]);
  assert.equal(snapshot(data), before);
});

test('a file without routines (an older export) imports as before and leaves routines alone', () => {
  seed({ routines: [routine(1)] });
  const old = file();
  delete old.routines;
  const parsed = parseImport(JSON.stringify(old));
  assert.equal(parsed.ok, true);
  assert.deepEqual([parsed.routines, parsed.newerRoutines], [[], 0]);
  const result = importBackup(parsed);
  assert.equal(result.ok, true);
  assert.equal(result.diary.added, 1);
  assert.deepEqual(result.routines.added, 0);
  assert.deepEqual(loadRoutines(), [routine(1)]);
});

const bidi = (text) => routine(9, { title: text });
const hostile = [
  ['a __proto__ id', [routine(9, { id: '__proto__' })]],
  ['a constructor id', [routine(9, { id: 'constructor' })]],
  ['a routine hidden in __proto__', [JSON.parse('{"__proto__": {"id": "rtest9", "title": "x"}}')]],
  ['a number for an id', [routine(9, { id: 9 })]],
  ['a string for steps', [routine(9, { steps: 'soleus' })]],
  ['a step with a __proto__ muscle', [routine(9, { steps: [{ muscle: '__proto__', side: 'none', mode: 'hold', seconds: 30 }] })]],
  ['an array for a routine', [[routine(9)]]],
  ['null for a routine', [null]],
  ['a string of rest', [routine(9, { rest: '10' })]],
  ['a huge list of steps', [routine(9, { steps: Array(100000).fill(routine(9).steps[0]) })]],
  ['a huge note', [routine(9, { note: 'x'.repeat(100000) })]],
  ['a right-to-left override', [bidi('Dr Smith\u202e krowemoh')]],
  ['a bidirectional isolate', [bidi('\u2066Homework\u2069')]],
  ['a control character', [routine(9, { note: 'Bell\u0007' })]],
  ['one good and one damaged', [routine(1), routine(9, { rest: -1 })]],
  ['more routines than the app keeps', Array.from({ length: MAX_ROUTINES + 1 }, (_, i) => routine(i + 100))],
  ['a huge list', Array(1000000).fill(0)],
  ['a long list of good routines', Array(5000).fill(routine(9))],
  ['an object for the list', { 0: routine(9), length: 1 }],
  ['a string for the list', 'rtest9'],
  ['null for the list', null],
];

for (const [name, routines] of hostile) {
  test(`an import file with ${name} is refused and nothing changes`, () => {
    const data = seed({ entries: [entry(2)], routines: [routine(1)] });
    const before = snapshot(data);
    let parsed;
    assert.doesNotThrow(() => {
      parsed = parseImport(JSON.stringify(file({ routines })));
    });
    assert.equal(parsed.ok, false);
    assert.match(parsed.message, /damaged|more than 100 routines/);
    assert.match(parsed.message, /Nothing was changed\.$/);
    assert.equal(snapshot(data), before);
    assert.equal(Object.prototype.id, undefined);
    assert.equal({}.title, undefined);
  });
}

test('the damaged count is in the message, as for diary entries', () => {
  const routines = [routine(1), routine(2, { steps: [] }), routine(3, { title: 5 })];
  assert.equal(parseImport(JSON.stringify(file({ routines }))).message,
    'That file has 2 damaged routines. Nothing was changed.');
  assert.equal(parseImport(JSON.stringify(file({ routines: routines.slice(0, 2) }))).message,
    'That file has 1 damaged routine. Nothing was changed.');
});

test('a newer version\'s file gives the routines this version can read and counts the rest', () => {
  const routines = [routine(1, { colour: 'blue' }), routine(2, { steps: [{ muscle: 'soleus', side: 'both' }] })];
  const parsed = parseImport(JSON.stringify(file({ version: 2, routines })));
  assert.equal(parsed.ok, true);
  assert.deepEqual(parsed.routines, [routine(1)]);
  assert.equal(parsed.newerRoutines, 1);
  assert.equal(readBackupRoutines({ routines: 'x' }, { newerFile: true }).ok, false);
});

test('an id already here with a different routine gets a fresh id; nothing here is overwritten', () => {
  const here = [routine(1), routine(2)];
  const changed = routine(1, { title: 'Homework 1, week 2', updated: 5 });
  const merged = mergeRoutines(here, [changed, routine(2, { updated: 9 })], nextId);
  assert.deepEqual([merged.added, merged.renamed, merged.skipped, merged.left], [1, 1, 1, 0]);
  assert.deepEqual(merged.routines.slice(0, 2), here);
  assert.match(merged.routines[2].id, /^rfresh\d+$/);
  assert.deepEqual({ ...merged.routines[2], id: 'rtest1' }, changed);
});

test('identical routines are skipped, also under a fresh id from an earlier import or twice in the file', () => {
  const earlier = mergeRoutines([routine(1)], [routine(1, { note: 'New' })], nextId);
  const again = mergeRoutines(earlier.routines, [routine(1, { note: 'New' })], nextId);
  assert.deepEqual([again.added, again.skipped], [0, 1]);
  const twice = mergeRoutines([], [routine(3), routine(3), routine(3, { note: 'Other' })], nextId);
  assert.deepEqual([twice.added, twice.skipped, twice.renamed], [2, 1, 1]);
  assert.equal(new Set(twice.routines.map((r) => r.id)).size, 2);
});

test('a fresh id is always free and a real saved-routine id', () => {
  const ids = ['rtaken1', 'rtaken1', 'rfree01'];
  const merged = mergeRoutines([routine(1, { id: 'rtaken1' })], [routine(2, { id: 'rtaken1' })], () => ids.shift());
  assert.equal(merged.routines[1].id, 'rfree01');
  seed({ routines: [routine(1)] });
  const result = importRoutines([routine(1, { title: 'Changed' })]);
  assert.equal(result.ok, true);
  const [, renamed] = loadRoutines();
  assert.match(renamed.id, /^r[a-z0-9]{4,40}$/);
  assert.notEqual(renamed.id, 'rtest1');
});

test('imports stop at MAX_ROUTINES and count what was left out', () => {
  const here = Array.from({ length: MAX_ROUTINES - 2 }, (_, i) => routine(i + 100));
  const merged = mergeRoutines(here, [routine(1), routine(100), routine(2), routine(3), routine(4)], nextId);
  assert.deepEqual([merged.added, merged.skipped, merged.left], [2, 1, 2]);
  assert.equal(merged.routines.length, MAX_ROUTINES);
  assert.deepEqual(merged.routines.slice(-2).map((r) => r.id), ['rtest1', 'rtest2']);
  const full = mergeRoutines([...here, routine(1), routine(2)], [routine(3)], nextId);
  assert.deepEqual([full.added, full.left], [0, 1]);
});

test('a full quota while saving routines changes nothing and says so', () => {
  const data = seed({ entries: [entry(2)], routines: [routine(1)] });
  const before = snapshot(data);
  const full = fakeStorage(50);
  for (const [key, value] of data) full.set(key, value);
  const result = importBackup(parseImport(JSON.stringify(file({ routines: [routine(2)] }))));
  assert.deepEqual(result, { ok: false, reason: 'quota', part: 'routines', undone: true });
  assert.equal(snapshot(full), before);
});

test('when the diary cannot be saved, the routines just saved are taken back out', () => {
  const data = seed({ entries: [entry(2)], routines: [routine(1)] });
  const before = snapshot(data);
  // Routines fit; the history (the larger value) does not.
  const setItem = localStorage.setItem;
  localStorage.setItem = (key, value) => {
    if (key === HISTORY) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    setItem(key, value);
  };
  const result = importBackup(parseImport(JSON.stringify(file({ routines: [routine(2)] }))));
  assert.deepEqual(result, { ok: false, reason: 'quota', part: 'diary', undone: true });
  assert.equal(snapshot(data), before);
});

test('taking routines back out removes the key when there were none before', () => {
  const data = seed({ entries: [entry(2)] });
  localStorage.setItem(HISTORY, 'not json');
  const before = snapshot(data);
  const result = importBackup(parseImport(JSON.stringify(file())));
  assert.deepEqual(result, { ok: false, reason: 'unreadable', part: 'diary', undone: true });
  assert.equal(snapshot(data), before);
  assert.equal(localStorage.getItem(ROUTINES), null);
});
