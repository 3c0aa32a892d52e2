import { KEYS, readJSON, writeJSON, removeKey } from '../shell/storage.js';
import { isRecord } from '../shell/lookup.js';

// The session history and pain diary, kept in this browser's localStorage only.
//
// Rules, so that no entry is ever lost without a word:
// - Every write re-reads what is stored first, so another tab's changes are never overwritten
//   by a stale copy; pages listen for `storage` events to refresh what they show.
// - Entries keep fields this version does not know (a newer version wrote them), and stored
//   items this version cannot read are kept as they are, counted, and never written away.
// - Nothing is dropped to make room. A full quota comes back as {ok: false, reason: 'quota'};
//   only an import is capped (MAX_ENTRIES), and it says how many it left out.
//
// localStorage rather than IndexedDB: its writes finish before the call returns, so a rating
// given just before the page is closed is already saved; it fires `storage` events in other tabs
// for free; and the page can read it synchronously at start. A year of six sessions a day is
// about half a megabyte, well inside its quota.

export const MAX_ENTRIES = 5000;
export const MAX_ENTRY_CHARS = 4000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const SLUG = /^[a-z0-9-]{1,60}$/;
const KNOWN_FIELDS = ['id', 'date', 'kind', 'slug', 'title', 'seconds', 'points', 'painBefore', 'painAfter', 'note'];

const pain = (value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 10);
const text = (value, max) => typeof value === 'string' && value.length <= max;

function smallEnough(entry) {
  try {
    return JSON.stringify(entry).length <= MAX_ENTRY_CHARS;
  } catch {
    return false;
  }
}

// The one definition of an entry, on save, load and import. Fields beyond these are allowed.
export function validEntry(entry) {
  return Boolean(
    isRecord(entry) &&
    text(entry.id, 64) && entry.id.length > 0 &&
    typeof entry.date === 'string' && ISO_DATE.test(entry.date) && !Number.isNaN(Date.parse(entry.date)) &&
    ['routine', 'muscle', 'custom'].includes(entry.kind) &&
    (entry.slug === null || (typeof entry.slug === 'string' && SLUG.test(entry.slug))) &&
    text(entry.title, 120) && entry.title.length > 0 &&
    Number.isInteger(entry.seconds) && entry.seconds >= 0 && entry.seconds <= 24 * 3600 &&
    Number.isInteger(entry.points) && entry.points >= 0 && entry.points <= 500 &&
    pain(entry.painBefore) && pain(entry.painAfter) &&
    text(entry.note, 1000) &&
    smallEnough(entry),
  );
}

// The known fields in a fixed order, then any a newer version added, as they are. Spread and
// JSON keep a "__proto__" field as plain data; Object.assign would not.
export function cleanEntry(entry) {
  const known = Object.fromEntries(KNOWN_FIELDS.map((key) => [key, entry[key]]));
  const extra = Object.fromEntries(Object.entries(entry).filter(([key]) => !KNOWN_FIELDS.includes(key)));
  return { ...known, ...extra };
}

export function newId(now = Date.now()) {
  const random = globalThis.crypto?.randomUUID?.() || Math.random().toString(36).slice(2);
  return `${now.toString(36)}-${random}`.slice(0, 64);
}

const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const HISTORY_UNREADABLE = Symbol('unreadable history');

// Everything stored, readable or not; `broken` when the whole value is not JSON (then a write
// would replace it, so writes refuse).
function readAll() {
  const stored = readJSON(KEYS.history, [], HISTORY_UNREADABLE);
  if (stored === HISTORY_UNREADABLE) return { items: [], broken: true };
  return { items: Array.isArray(stored) ? stored : [], broken: !Array.isArray(stored) };
}

function writeAll(items) {
  const readable = items.filter(validEntry).sort(byDate).map(cleanEntry);
  const kept = items.filter((item) => !validEntry(item));
  return writeJSON(KEYS.history, [...readable, ...kept]);
}

// The entries this version can show, oldest first.
export function loadEntries() {
  return readAll().items.filter(validEntry).sort(byDate);
}

// How many stored items this version cannot show (written by a newer version, or damaged).
// They stay stored; the history page says so.
export function unreadableCount() {
  const { items, broken } = readAll();
  return broken ? 1 : items.filter((item) => !validEntry(item)).length;
}

// Change the stored list with `change(items) → items`, re-reading it first.
function rewrite(change) {
  const { items, broken } = readAll();
  if (broken) return { ok: false, reason: 'unreadable' };
  return writeAll(change(items));
}

const sameId = (id) => (item) => isRecord(item) && item.id === id;

// Add or replace (same id) one entry; {ok, reason} tells the page when storage is full.
export function putEntry(entry) {
  if (!validEntry(entry)) return { ok: false, reason: 'invalid' };
  return rewrite((items) => [...items.filter((item) => !sameId(entry.id)(item)), cleanEntry(entry)]);
}

// Change some fields of a stored entry, keeping the rest as stored now (another tab may have
// changed them). When the entry is not stored, `fallback` (if given) is saved with the changes.
// Returns {ok, reason, entry}.
export function updateEntry(id, changes, fallback = null) {
  const current = loadEntries().find(sameId(id)) || fallback;
  if (!current) return { ok: false, reason: 'missing' };
  const entry = { ...current, ...changes, id };
  const saved = putEntry(entry);
  return { ...saved, entry: saved.ok ? cleanEntry(entry) : current };
}

// Save an entry unless one with its id is already stored (another tab finished the same
// session and may already hold ratings for it).
export function addEntryOnce(entry) {
  const stored = loadEntries().find(sameId(entry.id));
  if (stored) return { ok: true, entry: stored };
  return { ...putEntry(entry), entry };
}

export function removeEntry(id) {
  return rewrite((items) => items.filter((item) => !sameId(id)(item)));
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
// At most `room` are added, the newest first; the rest are counted in `left`.
export function mergeEntries(existing, incoming, room = Infinity) {
  const ids = new Set(existing.map((e) => e.id));
  const sessions = new Set(existing.map((e) => `${e.date}|${e.title}`));
  const fresh = [];
  for (const entry of incoming) {
    const key = `${entry.date}|${entry.title}`;
    if (ids.has(entry.id) || sessions.has(key)) continue;
    ids.add(entry.id);
    sessions.add(key);
    fresh.push(cleanEntry(entry));
  }
  const taken = fresh.sort(byDate).slice(Math.max(0, fresh.length - Math.max(0, room)));
  return {
    entries: [...existing, ...taken].sort(byDate),
    added: taken.length,
    skipped: incoming.length - fresh.length,
    left: fresh.length - taken.length,
  };
}

// Import entries into what is stored now: {ok, reason, added, skipped, left}.
export function importEntries(incoming) {
  const { items, broken } = readAll();
  if (broken) return { ok: false, reason: 'unreadable', added: 0, skipped: 0, left: incoming.length };
  const readable = items.filter(validEntry);
  const merged = mergeEntries(readable, incoming, MAX_ENTRIES - items.length);
  const saved = writeAll([...merged.entries, ...items.filter((item) => !validEntry(item))]);
  return { ...saved, added: merged.added, skipped: merged.skipped, left: merged.left };
}
