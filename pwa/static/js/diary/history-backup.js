import { loadEntries, MAX_ENTRIES } from './diary-store.js';
import { MAX_ROUTINES, loadRoutines } from '../routines/routine-model.js';
import { routinesForBackup } from '../routines/routine-backup.js';
import { toJSON, toCSV, parseImport, importBackup } from './diary-io.js';

// The history page's backup: export as JSON (with own routines) or CSV, and import a JSON
// export, each saying exactly what it did. `page` gives {root, part, render, status}.

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// The JSON backup also carries own routines, so it is worth having without any sessions.
export function updateExports(root, entries = loadEntries()) {
  const routines = routinesForBackup(loadRoutines()).length;
  root.querySelectorAll('[data-export]').forEach((b) => {
    b.disabled = entries.length === 0 && (b.dataset.export === 'csv' || routines === 0);
  });
}

function download(text, type, extension) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `trigger-point-history-${new Date().toISOString().slice(0, 10)}.${extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function setUpBackup({ root, part, render, status }) {
  root.querySelectorAll('[data-export]').forEach((b) => b.addEventListener('click', () => {
    const entries = loadEntries();
    const sessions = count(entries.length, 'session', 'sessions');
    if (b.dataset.export === 'csv') {
      download(toCSV(entries), 'text/csv', 'csv');
      status(`Exported ${sessions}.`);
      return;
    }
    const routines = routinesForBackup(loadRoutines());
    download(toJSON(entries, routines), 'application/json', 'json');
    status(routines.length ? `Exported ${sessions} and ${count(routines.length, 'routine', 'routines')}.` : `Exported ${sessions}.`);
  }));

  part('import').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    event.target.value = '';
    if (!file) return;
    let content;
    try {
      content = await file.text();
    } catch {
      status('That file could not be read. Nothing was changed.');
      return;
    }
    const parsed = parseImport(content);
    if (!parsed.ok) {
      status(parsed.message);
      return;
    }
    const result = importBackup(parsed);
    if (!result.ok) {
      status(importFailure(result));
      return;
    }
    status([importMessage(result.diary, parsed.newer),
      routinesMessage(result.routines, parsed.routines.length, parsed.newerRoutines)].filter(Boolean).join(' '));
    render();
  });
}

// Why storage refused an import ({ok: false, reason}), and what the person can do about it.
const IMPORT_REFUSED = {
  quota: { why: "your phone's storage is full", then: ' Nothing was changed.' },
  unreadable: { why: 'the history on this device was written in a form this version cannot read', then: ' Update the app.' },
  unavailable: { why: 'storage is turned off in this browser', then: '' },
};

// Why an import changed nothing; or, in the rare case that its routines could not be taken back
// out after its sessions failed, exactly what did change.
function importFailure({ reason, part, undone }) {
  const { why, then } = IMPORT_REFUSED[reason] || IMPORT_REFUSED.unavailable;
  if (part === 'diary' && !undone) {
    return `The sessions were not imported: ${why}. The routines from the file were saved before that and ` +
      'could not be taken out again: look on the Routines page.';
  }
  return `${why[0].toUpperCase()}${why.slice(1)}, so nothing was imported.${then}`;
}

// What a newer version's file held that this version could not read.
const needsNewerApp = (n, one, many) =>
  `${count(n, one, many)} a newer version of the app and ${n === 1 ? 'was' : 'were'} not imported`;

// What an import did, in full: nothing it left out goes unmentioned.
function importMessage({ added, skipped, left }, newer = 0) {
  const parts = [`Imported ${count(added, 'session', 'sessions')}`];
  if (skipped) parts.push(`${count(skipped, 'was', 'were')} already here`);
  if (left) {
    parts.push(`${count(left, 'session was', 'sessions were')} not imported (the oldest): the history keeps at ` +
      `most ${MAX_ENTRIES.toLocaleString('en')} sessions from imports. Export and delete old entries to make room`);
  }
  if (newer) parts.push(needsNewerApp(newer, 'entry needs', 'entries need'));
  return `${parts.join('; ')}.`;
}

// The same for the file's own routines; nothing when it has none (an older export).
function routinesMessage({ added, skipped, renamed, left }, inFile, newer = 0) {
  if (inFile === 0 && newer === 0) return '';
  const parts = [`${count(added, 'routine', 'routines')} added`];
  if (skipped) parts.push(`${count(skipped, 'was', 'were')} already here`);
  if (renamed) {
    parts.push(renamed === 1 ? '1 is a different version of one here, so both are kept'
      : `${renamed} are different versions of ones here, so both versions are kept`);
  }
  if (left) {
    parts.push(`${count(left, 'routine was', 'routines were')} not imported: the app keeps at most ${MAX_ROUTINES} ` +
      'routines. Delete some to make room');
  }
  if (newer) parts.push(needsNewerApp(newer, 'routine needs', 'routines need'));
  return `${parts.join('; ')}.`;
}
