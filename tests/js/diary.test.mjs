import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  validEntry, mergeEntries, putEntry, loadEntries, sessionsOnDay, updateEntry, addEntryOnce, removeEntry,
  importEntries, unreadableCount, MAX_ENTRIES,
} from '../../pwa/static/js/diary/diary-store.js';
import { toJSON, toCSV, parseImport } from '../../pwa/static/js/diary/diary-io.js';
import { fakeStorage } from './fake-storage.mjs';

const entry = (n, extra = {}) => ({ id: `id-${n}`, date: `2026-11-0${n}T08:00:00.000Z`, kind: 'routine',
  slug: 'jaw', title: 'Jaw', seconds: 300, points: 6, painBefore: 6, painAfter: 3, note: '', ...extra });

const KEY = 'tpg.history.v1';
const stored = () => JSON.parse(localStorage.getItem(KEY));

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
  damaged.version = 0;
  assert.match(parseImport(JSON.stringify(damaged)).message, /no version/);
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

test('stored items this version cannot read are not shown, but kept through every write', () => {
  fakeStorage();
  const future = { id: 'f-1', date: '2026-11-09T08:00:00.000Z', kind: 'stretch', v: 3 };
  localStorage.setItem(KEY, JSON.stringify([entry(1), { id: 5 }, future]));
  assert.deepEqual(loadEntries().map((e) => e.id), ['id-1']);
  assert.equal(unreadableCount(), 2);
  assert.equal(putEntry(entry(2)).ok, true);
  assert.equal(removeEntry('id-1').ok, true);
  assert.equal(importEntries([entry(3)]).ok, true);
  assert.deepEqual(stored().slice(-2), [{ id: 5 }, future]);
  assert.deepEqual(loadEntries().map((e) => e.id), ['id-2', 'id-3']);
});

test('a stored history that is not a list is never written over', () => {
  fakeStorage();
  localStorage.setItem(KEY, 'not json');
  assert.deepEqual(loadEntries(), []);
  assert.equal(unreadableCount(), 1);
  assert.deepEqual(putEntry(entry(1)), { ok: false, reason: 'unreadable' });
  localStorage.setItem(KEY, JSON.stringify({ v: 2, entries: [] }));
  assert.deepEqual(putEntry(entry(1)), { ok: false, reason: 'unreadable' });
  assert.deepEqual(stored(), { v: 2, entries: [] });
});

test('fields a newer version added are kept on save, edit, export and import', () => {
  fakeStorage();
  const newer = entry(1, { mood: 'calm', tags: ['neck'] });
  const withProto = JSON.parse('{"id":"p","date":"2026-11-02T08:00:00.000Z","kind":"custom","slug":null,' +
    '"title":"Hold","seconds":60,"points":1,"painBefore":null,"painAfter":null,"note":"","__proto__":{"x":1}}');
  assert.equal(validEntry(newer), true);
  assert.equal(putEntry(newer).ok, true);
  assert.equal(putEntry(withProto).ok, true);
  assert.equal(updateEntry('id-1', { painAfter: 1 }).ok, true);
  assert.deepEqual(stored()[0], { ...entry(1, { painAfter: 1 }), mood: 'calm', tags: ['neck'] });
  assert.deepEqual(JSON.parse(JSON.stringify(stored()[1])), JSON.parse(JSON.stringify(withProto)));
  assert.equal(Object.getPrototypeOf(loadEntries()[1]), Object.prototype);
  const file = JSON.parse(toJSON(loadEntries()));
  assert.equal(file.entries[0].mood, 'calm');
  assert.deepEqual(file.entries[1].__proto__, { x: 1 });
  file.version = 2;
  file.entries.push({ ...entry(3), kind: 'stretch' });
  const parsed = parseImport(JSON.stringify(file));
  assert.equal(parsed.ok, true);
  assert.equal(parsed.newer, 1);
  assert.deepEqual(parsed.entries[0].tags, ['neck']);
});

test('an oversized entry is not an entry', () => {
  assert.equal(validEntry(entry(1, { extra: 'x'.repeat(5000) })), false);
});

test('every write re-reads storage first, so another tab\'s entries are kept', () => {
  fakeStorage();
  putEntry(entry(1));
  // Another tab adds an entry behind this one's back.
  localStorage.setItem(KEY, JSON.stringify([...stored(), entry(2)]));
  putEntry(entry(3));
  assert.deepEqual(loadEntries().map((e) => e.id), ['id-1', 'id-2', 'id-3']);
  // ...and edits entry 1's note; this tab then rates its pain: both changes stay.
  localStorage.setItem(KEY, JSON.stringify(stored().map((e) => (e.id === 'id-1' ? { ...e, note: 'from tab 2' } : e))));
  updateEntry('id-1', { painAfter: 0 });
  assert.deepEqual([loadEntries()[0].note, loadEntries()[0].painAfter], ['from tab 2', 0]);
});

test('a session finished in two tabs is saved once, keeping the first ratings', () => {
  fakeStorage();
  assert.equal(addEntryOnce(entry(1, { painAfter: 2 })).ok, true);
  const second = addEntryOnce(entry(1, { painAfter: null }));
  assert.equal(second.entry.painAfter, 2);
  assert.equal(loadEntries().length, 1);
});

test('an edit of an entry another tab deleted says so, or saves the given fallback', () => {
  fakeStorage();
  assert.deepEqual(updateEntry('gone', { note: 'x' }), { ok: false, reason: 'missing' });
  assert.equal(updateEntry('id-4', { note: 'kept' }, entry(4)).ok, true);
  assert.equal(loadEntries()[0].note, 'kept');
});

test('nothing is dropped to make room; an import over the cap says how many it left out', () => {
  fakeStorage();
  const many = Array.from({ length: MAX_ENTRIES - 2 }, (_, i) => entry(1, { id: `old-${i}`, title: `T${i}` }));
  localStorage.setItem(KEY, JSON.stringify(many));
  const incoming = [entry(2), entry(3), entry(4), entry(5), entry(1, { id: `old-0`, title: 'T0' })];
  const result = importEntries(incoming);
  assert.deepEqual([result.ok, result.added, result.skipped, result.left], [true, 2, 1, 2]);
  // The newest two came in.
  assert.deepEqual(loadEntries().slice(-2).map((e) => e.id), ['id-4', 'id-5']);
  // The timer's own sessions are never refused for the cap (only the quota can stop them).
  assert.equal(putEntry(entry(6)).ok, true);
  assert.equal(putEntry(entry(7)).ok, true);
  assert.equal(loadEntries().length, MAX_ENTRIES + 2);
});

test('a full quota during an import changes nothing and says so', () => {
  const data = fakeStorage();
  putEntry(entry(1));
  const before = data.get(KEY);
  fakeStorage(10).set(KEY, before);
  const result = importEntries([entry(2)]);
  assert.deepEqual([result.ok, result.reason], [false, 'quota']);
  assert.equal(localStorage.getItem(KEY), before);
});

test('sessions are counted per local day', () => {
  const now = new Date(2026, 10, 5, 18, 0).getTime();
  const at = (d, h) => entry(1, { date: new Date(2026, 10, d, h, 0).toISOString().replace(/\.\d+Z$/, '.000Z') });
  assert.equal(sessionsOnDay([at(5, 8), at(5, 12), at(4, 20)], now), 2);
});
