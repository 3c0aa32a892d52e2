import { KEYS, readJSON, writeJSON, removeKey } from './storage.js';

// The session history and pain diary, kept in this browser's storage only. Entries are plain
// objects; `validEntry` is the one definition of what an entry is, used on save and on import.

export const MAX_ENTRIES = 2000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SLUG = /^[a-z0-9-]{1,60}$/;

const pain = (value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 10);
const text = (value, max) => typeof value === 'string' && value.length <= max;

export function validEntry(entry) {
  return Boolean(
    entry && typeof entry === 'object' && !Array.isArray(entry) &&
    text(entry.id, 64) && entry.id.length > 0 &&
    typeof entry.date === 'string' && ISO_DATE.test(entry.date) && !Number.isNaN(Date.parse(entry.date)) &&
    ['routine', 'muscle', 'custom'].includes(entry.kind) &&
    (entry.slug === null || (typeof entry.slug === 'string' && SLUG.test(entry.slug))) &&
    text(entry.title, 120) && entry.title.length > 0 &&
    Number.isInteger(entry.seconds) && entry.seconds >= 0 && entry.seconds <= 24 * 3600 &&
    Number.isInteger(entry.points) && entry.points >= 0 && entry.points <= 500 &&
    pain(entry.painBefore) && pain(entry.painAfter) &&
    text(entry.note, 1000),
  );
}

// Only the known fields, in a fixed order: what is saved and exported.
export function cleanEntry(entry) {
  const { id, date, kind, slug, title, seconds, points, painBefore, painAfter, note } = entry;
  return { id, date, kind, slug, title, seconds, points, painBefore, painAfter, note };
}

export function newId(now = Date.now()) {
  const random = globalThis.crypto?.randomUUID?.() || Math.random().toString(36).slice(2);
  return `${now.toString(36)}-${random}`.slice(0, 64);
}

export function loadEntries() {
  const stored = readJSON(KEYS.history, []);
  return Array.isArray(stored) ? stored.filter(validEntry) : [];
}

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function saveEntries(entries) {
  const sorted = [...entries].sort(byDate).slice(-MAX_ENTRIES);
  return writeJSON(KEYS.history, sorted.map(cleanEntry));
}

// Add or replace (same id) one entry; {ok, reason} tells the page when storage is full.
export function putEntry(entry) {
  if (!validEntry(entry)) return { ok: false, reason: 'invalid' };
  const entries = loadEntries().filter((e) => e.id !== entry.id);
  entries.push(cleanEntry(entry));
  return saveEntries(entries);
}

// Sessions saved on the same local calendar day as `now`.
export function sessionsOnDay(entries, now) {
  const day = new Date(now).toDateString();
  return entries.filter((e) => new Date(e.date).toDateString() === day).length;
}

export function deleteAll() {
  removeKey(KEYS.history);
}

// Merge imported entries: same id or the same session (date and title) counts as a duplicate.
export function mergeEntries(existing, incoming) {
  const ids = new Set(existing.map((e) => e.id));
  const sessions = new Set(existing.map((e) => `${e.date}|${e.title}`));
  const merged = [...existing];
  let added = 0;
  for (const entry of incoming) {
    const key = `${entry.date}|${entry.title}`;
    if (ids.has(entry.id) || sessions.has(key)) continue;
    ids.add(entry.id);
    sessions.add(key);
    merged.push(cleanEntry(entry));
    added += 1;
  }
  return { entries: merged.sort(byDate), added, skipped: incoming.length - added };
}
