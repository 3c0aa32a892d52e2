import { validEntry, cleanEntry } from './diary-store.js';

// Export the diary as JSON (which imports back) or CSV (for a spreadsheet), and read an import
// file: anything that is not our own export gets a clear message and changes nothing.

export const FORMAT = 'trigger-point-guide-history';
export const VERSION = 1;
// Room for a full history's export (MAX_ENTRIES pretty-printed entries) to come back in.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function toJSON(entries, now = new Date()) {
  const body = { format: FORMAT, version: VERSION, exported: now.toISOString(), entries: entries.map(cleanEntry) };
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

// {ok: true, entries, newer} or {ok: false, message} with words a person can act on; `newer`
// counts entries of a newer version's file that this version cannot read. Entries keep any
// fields a newer version added.
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
  return { ok: true, entries: readable.map(cleanEntry), newer: bad };
}
