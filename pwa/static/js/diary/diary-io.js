import { validEntry, cleanEntry, importEntries } from './diary-store.js';
import { routinesForBackup, readBackupRoutines, importRoutines } from '../routines/routine-backup.js';

// Export the diary as JSON (which imports back) or CSV (for a spreadsheet), and read an import
// file: anything that is not our own export gets a clear message and changes nothing. The JSON
// also carries the person's own routines (routine-backup.js), so a backup moved to a new phone
// brings them too; the CSV is the diary only.

export const FORMAT = 'trigger-point-guide-history';
export const VERSION = 1;
// Room for a full history's export (MAX_ENTRIES pretty-printed entries) to come back in.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

// `routines` is a field version 1 importers ignore (they read only `entries`), so the version
// stays 1 and an older app still imports the diary from a newer file.
export function toJSON(entries, routines = [], now = new Date()) {
  const body = { format: FORMAT, version: VERSION, exported: now.toISOString(), entries: entries.map(cleanEntry),
    routines: routinesForBackup(routines) };
  return JSON.stringify(body, null, 2);
}

const CSV_COLUMNS = ['date', 'title', 'kind', 'minutes', 'points', 'painBefore', 'painAfter', 'note'];

function csvCell(value) {
  let cell = value === null || value === undefined ? '' : String(value);
  // A cell a spreadsheet would run as a formula is made plain text.
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCSV(entries) {
  const rows = entries.map((e) => [e.date, e.title, e.kind, (e.seconds / 60).toFixed(1), e.points,
    e.painBefore, e.painAfter, e.note]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// {ok: true, entries, newer, routines, newerRoutines} or {ok: false, message} with words a
// person can act on; `newer` and `newerRoutines` count what a newer version's file holds that
// this version cannot read. Entries keep any fields a newer version added; routines keep only
// the fields this version knows.
export function parseImport(textContent) {
  if (typeof textContent !== 'string' || textContent.trim() === '') {
    return { ok: false, message: 'That file is empty. Nothing was changed.' };
  }
  if (textContent.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: 'That file is too large to be a history export. Nothing was changed.' };
  }
  let data;
  try {
    data = JSON.parse(textContent);
  } catch {
    return { ok: false, message: 'That file is not a history export (it is not valid JSON). Nothing was changed.' };
  }
  if (!data || data.format !== FORMAT || !Array.isArray(data.entries)) {
    return { ok: false, message: 'That file is not a Trigger Point Guide history export. Nothing was changed.' };
  }
  if (!Number.isInteger(data.version) || data.version < 1) {
    return { ok: false, message: 'That file is not a Trigger Point Guide history export (it has no version). Nothing was changed.' };
  }
  const readable = data.entries.filter(validEntry);
  const bad = data.entries.length - readable.length;
  // A newer version may write entries this one cannot read: take the ones it can and say how
  // many stay behind. From our own version, a damaged entry means a damaged file.
  if (bad && data.version <= VERSION) {
    return { ok: false, message: `That file has ${bad} damaged ${bad === 1 ? 'entry' : 'entries'}. Nothing was changed.` };
  }
  const routines = readBackupRoutines(data, { newerFile: data.version > VERSION });
  if (!routines.ok) return routines;
  return { ok: true, entries: readable.map(cleanEntry), newer: bad, routines: routines.routines,
    newerRoutines: routines.newer };
}

// Save a parsed import: its routines first, then its sessions. Two storage keys cannot change
// together, so when the sessions cannot be saved the routines are put back as they were: a
// failed import changes nothing. {ok: true, diary, routines} with each part's counts, or
// {ok: false, reason, part: 'routines' | 'diary', undone} (`undone` false only when putting
// the routines back failed too).
export function importBackup({ entries, routines = [] }) {
  const routineResult = importRoutines(routines);
  if (!routineResult.ok) return { ok: false, reason: routineResult.reason, part: 'routines', undone: true };
  const diary = importEntries(entries);
  if (!diary.ok) return { ok: false, reason: diary.reason, part: 'diary', undone: routineResult.undo().ok };
  return { ok: true, diary, routines: routineResult };
}
