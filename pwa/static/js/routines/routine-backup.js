import { KEYS, readJSON, writeJSON, removeKey } from '../shell/storage.js';
import { own } from '../shell/lookup.js';
import {
  MAX_TITLE, MAX_NOTE, MAX_ROUTINES, validRoutine, cleanRoutine, loadRoutines,
} from './routine-model.js';
import { newRoutineId, saveRoutines } from './routine-store.js';
import { cleanText } from '../engines/routine-link.js';

// Own routines in the history's JSON backup (diary-io.js): which go out, reading them back from
// an untrusted file, and merging them into this device's routines so nothing here is overwritten.
// No DOM: Node's test runner imports it.

// A routine as the app itself saves it: valid, with its name and note already as the builder
// and a link leave them (no control or bidirectional-override characters), so a file cannot
// bring in a name that reads backwards. Export and import use the same test, so every file
// this app writes, it can read back.
export function backupReady(routine) {
  return validRoutine(routine) &&
    cleanText(routine.title, MAX_TITLE) === routine.title &&
    cleanText(routine.note, MAX_NOTE, { keepNewlines: true }) === routine.note;
}

export const routinesForBackup = (routines) => routines.filter(backupReady).map(cleanRoutine);

const damagedFile = (what) => ({ ok: false, message: `That file has ${what}. Nothing was changed.` });

// The routines of a parsed import file: {ok: true, routines, newer} or {ok: false, message}.
// A file without `routines` (from before they were exported) simply has none. As for diary
// entries: a newer version's file gives the routines this version can read and counts the rest
// in `newer`; in a file of our own version, one damaged routine means a damaged file.
export function readBackupRoutines(data, { newerFile = false } = {}) {
  const list = own(data, 'routines');
  if (list === undefined) return { ok: true, routines: [], newer: 0 };
  if (!Array.isArray(list)) return damagedFile('damaged routines');
  // Our own export never holds more than the app keeps; a longer list was not written by it.
  if (!newerFile && list.length > MAX_ROUTINES) return damagedFile(`more than ${MAX_ROUTINES} routines`);
  const readable = list.filter(backupReady);
  const bad = list.length - readable.length;
  if (bad && !newerFile) return damagedFile(`${bad} damaged ${bad === 1 ? 'routine' : 'routines'}`);
  return { ok: true, routines: readable.map(cleanRoutine), newer: bad };
}

// What makes two routines the same routine; `id` and `updated` are left out, so a routine
// imported earlier under a fresh id, or saved again unchanged, still counts as already here.
const sameContent = (routine) => JSON.stringify([routine.title, routine.note, routine.rest, routine.steps]);

function freshId(taken, makeId) {
  for (let tries = 0; tries < 100; tries += 1) {
    const id = makeId();
    if (!taken.has(id)) return id;
  }
  throw new Error('no free routine id'); // only with a broken `makeId`
}

// Add `incoming` (backup-ready, cleaned) after `existing`: a routine already here is skipped;
// one whose id is taken by a different routine gets a fresh id (`renamed`, counted in `added`
// too); past MAX_ROUTINES the rest are counted in `left`.
export function mergeRoutines(existing, incoming, makeId = () => newRoutineId()) {
  const ids = new Set(existing.map((r) => r.id));
  const here = new Set(existing.map(sameContent));
  const room = Math.max(0, MAX_ROUTINES - existing.length);
  const added = [];
  let skipped = 0;
  let renamed = 0;
  let left = 0;
  for (const routine of incoming) {
    const content = sameContent(routine);
    if (here.has(content)) {
      skipped += 1;
    } else if (added.length >= room) {
      left += 1;
    } else {
      const clash = ids.has(routine.id);
      const id = clash ? freshId(ids, makeId) : routine.id;
      if (clash) renamed += 1;
      ids.add(id);
      here.add(content);
      added.push({ ...routine, id });
    }
  }
  return { routines: [...existing, ...added], added: added.length, skipped, renamed, left };
}

const MISSING = Symbol('missing');
const UNREADABLE = Symbol('unreadable');

// Put back what `before` (a readJSON of the routines key) held. A value that was not JSON
// cannot be written back as it was; any save of routines drops it, as routine-store's do.
function restore(before) {
  if (before === MISSING || before === UNREADABLE) {
    removeKey(KEYS.routines);
    return { ok: true };
  }
  return writeJSON(KEYS.routines, before);
}

// Merge into the routines stored now and save: {ok, reason, added, skipped, renamed, left,
// undo}. `undo()` puts back what was stored before, for an import whose diary part then fails.
export function importRoutines(incoming) {
  const before = readJSON(KEYS.routines, MISSING, UNREADABLE);
  const merged = mergeRoutines(loadRoutines(), incoming);
  const counts = { added: merged.added, skipped: merged.skipped, renamed: merged.renamed, left: merged.left };
  if (merged.added === 0) return { ok: true, ...counts, undo: () => ({ ok: true }) };
  const saved = saveRoutines(merged.routines);
  return { ...saved, ...counts, undo: () => restore(before) };
}
