import { KEYS } from '../shell/storage.js';
import { loadEntries, unreadableCount, removeEntry, deleteAll, putEntry } from './diary-store.js';
import { savedMessage } from './diary-entry.js';
import { listItem, sessionName } from './history-list.js';
import { sessionEditor } from './history-editor.js';
import { setUpBackup, updateExports } from './history-backup.js';

// The history page: the pain chart (history-progress.js, loaded after the list), the list (history-list.js) with its
// editor (history-editor.js), backup (history-backup.js), and deleting, one session with Undo
// or all. Everything stays on the device. Another tab's changes arrive as `storage` events and
// redraw the list (after an edit in progress here is finished, so it is not lost).

const historyRoot = document.querySelector('[data-history]');
if (historyRoot) setUpHistory(historyRoot);

function setUpHistory(root) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  const heading = root.querySelector('#sessions-title');
  let undo = null; // the entry just deleted, until the next action
  const status = (message, { canUndo = false } = {}) => {
    part('history-status').textContent = message;
    part('undo').hidden = !canUndo;
    if (!canUndo) undo = null;
  };
  // The chart arrives after the first paint; without it (failed to load) its section stays hidden.
  let entries = [];
  let showProgress = () => {};
  import(root.dataset.module).then(({ progressSection }) => {
    showProgress = progressSection(part('chart-section'));
    showProgress(entries);
  }).catch(() => {});
  const page = { root, part, status, render };
  const editor = sessionEditor(page);

  function render() {
    editor.forget();
    entries = loadEntries();
    const unreadable = unreadableCount();
    part('unreadable').hidden = unreadable === 0;
    part('unreadable').textContent = `${unreadable} ${unreadable === 1 ? 'entry was' : 'entries were'} saved by a newer ` +
      'version of the app (or damaged). They are kept on this device but not shown or exported here: update the app to see them.';
    part('empty').hidden = entries.length > 0;
    part('list').replaceChildren(...[...entries].reverse().map((entry) =>
      listItem(entry, { onEdit: editor.open, onDelete: deleteOne })));
    showProgress(entries);
    part('delete').disabled = entries.length === 0;
    updateExports(root, entries);
  }

  // Focus goes to the session that took the deleted one's place (or the one above it, when it
  // was the last), or to the list's heading when none is left.
  function deleteOne(entry) {
    const items = [...part('list').children];
    const at = items.indexOf(editor.editButton(entry.id)?.closest('li'));
    const saved = removeEntry(entry.id);
    if (!saved.ok) {
      status(`That session could not be deleted. ${savedMessage(saved).replace(/^Not saved: /, '')}`);
      return;
    }
    render();
    undo = entry;
    status(`Deleted ${sessionName(entry)}.`, { canUndo: true });
    const left = part('list').children;
    const next = left[Math.min(Math.max(at, 0), left.length - 1)];
    (next?.querySelector('[data-edit]') || heading).focus();
  }

  part('undo').addEventListener('click', () => {
    if (!undo) return;
    const saved = putEntry(undo);
    const restored = undo;
    status(saved.ok ? 'Session restored.' : "It could not be restored: your phone's storage is full.");
    render();
    // Undo hides itself: focus goes to the session it brought back, or the list's heading.
    (editor.editButton(restored.id) || heading).focus();
  });

  part('delete').addEventListener('click', () => {
    part('confirm').hidden = false;
    part('confirm-no').focus();
  });
  part('confirm-no').addEventListener('click', () => {
    part('confirm').hidden = true;
    part('delete').focus();
  });
  part('confirm-yes').addEventListener('click', () => {
    deleteAll();
    part('confirm').hidden = true;
    status('All history on this device was deleted.');
    render();
    // "Delete all" is now disabled: focus goes to the empty list's heading, above "No sessions yet".
    heading.focus();
  });

  setUpBackup(page);

  addEventListener('storage', (event) => {
    if (event.key === KEYS.routines) updateExports(root);
    if (event.key !== KEYS.history && event.key !== null) return;
    if (editor.editing) {
      status('Another tab changed this history: the list updates when you save or cancel this edit.');
      return;
    }
    render();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted && !editor.editing) render();
  });

  const ua = navigator.userAgent;
  const safari = /safari/i.test(ua) && !/chrome|chromium|crios|fxios|android/i.test(ua);
  part('safari-note').hidden = !(safari && navigator.standalone !== true);
  render();
}
