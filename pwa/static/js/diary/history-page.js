import { KEYS } from '../shell/storage.js';
import {
  loadEntries, unreadableCount, removeEntry, updateEntry, deleteAll, putEntry, MAX_ENTRIES,
} from './diary-store.js';
import { painValue, noteValue, savedMessage } from './diary-entry.js';
import { MAX_ROUTINES, loadRoutines } from '../routines/routine-model.js';
import { routinesForBackup } from '../routines/routine-backup.js';
import { toJSON, toCSV, parseImport, importBackup } from './diary-io.js';

// The history page: list, pain chart, edit, export, import and delete. Everything stays on the
// device. Another tab's changes arrive as `storage` events and redraw the list (after an edit in
// progress here is finished, so it is not lost).

const SVG = 'http://www.w3.org/2000/svg';
const CHART_POINTS = 30;
const historyRoot = document.querySelector('[data-history]');
if (historyRoot) setUpHistory(historyRoot);

function setUpHistory(root) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  let undo = null; // the entry just deleted, until the next action
  const status = (message, { canUndo = false } = {}) => {
    part('history-status').textContent = message;
    part('undo').hidden = !canUndo;
    if (!canUndo) undo = null;
  };
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

  let editing = null; // the id of the entry whose edit form is open

  function render() {
    editing = null;
    const entries = loadEntries();
    const unreadable = unreadableCount();
    part('unreadable').hidden = unreadable === 0;
    part('unreadable').textContent = `${unreadable} ${unreadable === 1 ? 'entry was' : 'entries were'} saved by a newer ` +
      'version of the app (or damaged). They are kept on this device but not shown or exported here: update the app to see them.';
    part('empty').hidden = entries.length > 0;
    part('list').replaceChildren(...[...entries].reverse().map(listItem));
    renderChart(entries);
    part('delete').disabled = entries.length === 0;
    updateExports(entries);
  }

  // The JSON backup also carries own routines, so it is worth having without any sessions.
  function updateExports(entries = loadEntries()) {
    const routines = routinesForBackup(loadRoutines()).length;
    root.querySelectorAll('[data-export]').forEach((b) => {
      b.disabled = entries.length === 0 && (b.dataset.export === 'csv' || routines === 0);
    });
  }

  function listItem(entry) {
    const li = document.createElement('li');
    li.className = 'session';
    const head = document.createElement('p');
    const titleEl = document.createElement('strong');
    titleEl.textContent = entry.title;
    const time = document.createElement('time');
    time.dateTime = entry.date;
    time.textContent = when.format(new Date(entry.date));
    head.append(titleEl, document.createElement('br'), time);
    const facts = document.createElement('p');
    facts.className = 'meta';
    const minutes = Math.max(1, Math.round(entry.seconds / 60));
    const parts = [`${minutes} min`, `${entry.points} ${entry.points === 1 ? 'point' : 'points'}`];
    if (entry.painBefore !== null || entry.painAfter !== null) {
      // In words: a screen reader would say "right arrow, question mark" for glyphs.
      const said = (v) => (v === null ? 'not rated' : `${v} of 10`);
      parts.push(`pain ${said(entry.painBefore)} before, ${said(entry.painAfter)} after`);
    }
    facts.textContent = parts.join(' · ');
    li.append(head, facts);
    if (entry.note) {
      const note = document.createElement('p');
      note.textContent = entry.note;
      li.append(note);
    }
    const actions = document.createElement('div');
    actions.className = 'button-row';
    const edit = smallButton('Edit', `Edit ${entry.title}, ${when.format(new Date(entry.date))}`);
    edit.dataset.edit = entry.id;
    edit.addEventListener('click', () => openEdit(entry.id));
    const remove = smallButton('Delete', `Delete ${entry.title}, ${when.format(new Date(entry.date))}`);
    remove.addEventListener('click', () => deleteOne(entry));
    actions.append(edit, remove);
    li.append(actions);
    return li;
  }

  function smallButton(text, label, kind = 'button-quiet') {
    const node = document.createElement('button');
    node.type = 'button';
    node.className = `button ${kind} button-small`;
    node.textContent = text;
    if (label) node.setAttribute('aria-label', label);
    return node;
  }

  // --- Editing one entry: pain before and after, and the note ---------------------------------

  let fieldCount = 0;

  function field(labelText, control) {
    fieldCount += 1;
    control.id = `edit-field-${fieldCount}`;
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = control.id;
    label.textContent = labelText;
    wrap.append(label, control);
    return wrap;
  }

  // The 0 to 10 scale as the server draws it wherever it is asked, its ends named
  // (templates/_macros.html pain_select).
  const scale = root.querySelector('[data-pain-scale]');
  function painSelect(name, value) {
    const select = scale.content.firstElementChild.cloneNode(true);
    select.name = name;
    select.value = value === null ? '' : String(value);
    return select;
  }

  const editButton = (id) => root.querySelector(`[data-edit="${CSS.escape(id || '')}"]`);

  // Open the edit form under an entry, as stored now (another tab may have changed it).
  function openEdit(id) {
    if (editing) render();
    const entry = loadEntries().find((e) => e.id === id);
    const li = editButton(id)?.closest('li');
    if (!entry || !li) {
      render();
      status('That session was deleted in another tab.');
      return;
    }
    editing = id;
    const form = document.createElement('form');
    form.className = 'entry-edit';
    form.setAttribute('aria-label', `Edit ${entry.title}`);
    const note = document.createElement('textarea');
    note.name = 'note';
    note.rows = 2;
    note.maxLength = 1000;
    note.value = entry.note;
    const save = smallButton('Save changes', null, 'button-secondary');
    save.type = 'submit';
    const cancel = smallButton('Cancel');
    const row = document.createElement('div');
    row.className = 'button-row';
    row.append(save, cancel);
    form.append(field(`Pain before, ${scale.dataset.range}`, painSelect('painBefore', entry.painBefore)),
      field(`Pain after, ${scale.dataset.range}`, painSelect('painAfter', entry.painAfter)), field('Note', note), row);
    li.querySelector('.button-row').hidden = true;
    li.append(form);
    form.elements.painBefore.focus();
    cancel.addEventListener('click', () => closeEdit(entry.id));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const fields = form.elements;
      const saved = updateEntry(entry.id, { painBefore: painValue(fields.painBefore.value),
        painAfter: painValue(fields.painAfter.value), note: noteValue(fields.note.value) });
      if (!saved.ok && saved.reason === 'missing') {
        status('That session was deleted in another tab, so the changes were not saved.');
      } else {
        status(saved.ok ? `Saved changes to ${entry.title}, ${when.format(new Date(entry.date))}.` : savedMessage(saved));
      }
      if (saved.ok || saved.reason === 'missing') closeEdit(entry.id);
    });
  }

  // Close the edit form, redraw (with any other tab's changes) and put focus back on its Edit.
  function closeEdit(id = editing) {
    render();
    editButton(id)?.focus();
  }

  function deleteOne(entry) {
    const saved = removeEntry(entry.id);
    if (!saved.ok) {
      status(`That session could not be deleted. ${savedMessage(saved).replace(/^Not saved: /, '')}`);
      return;
    }
    render();
    undo = entry;
    status(`Deleted ${entry.title}, ${when.format(new Date(entry.date))}.`, { canUndo: true });
    part('undo').focus();
  }

  part('undo').addEventListener('click', () => {
    if (!undo) return;
    const saved = putEntry(undo);
    const restored = undo;
    status(saved.ok ? 'Session restored.' : "It could not be restored: your phone's storage is full.");
    render();
    // Undo hides itself: focus goes to the session it brought back, or the list's heading.
    (editButton(restored.id) || root.querySelector('#sessions-title'))?.focus();
  });

  function svg(name, attrs, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
    if (text) node.textContent = text;
    return node;
  }

  function renderChart(entries) {
    const rated = entries.filter((e) => e.painBefore !== null || e.painAfter !== null).slice(-CHART_POINTS);
    part('chart-section').hidden = rated.length < 2;
    if (rated.length < 2) return;
    const [w, h, left, top, bottom] = [320, 180, 28, 10, 24];
    const x = (i) => left + (i * (w - left - 8)) / (rated.length - 1);
    const y = (v) => top + ((10 - v) * (h - top - bottom)) / 10;
    const label = `Pain ratings for your last ${rated.length} rated sessions, from ${day.format(new Date(rated[0].date))} to ${day.format(new Date(rated.at(-1).date))}. ` +
      `Latest: ${rated.at(-1).painBefore ?? 'not rated'} before, ${rated.at(-1).painAfter ?? 'not rated'} after.`;
    const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': label, class: 'chart' });
    for (const v of [0, 5, 10]) {
      chart.append(svg('line', { x1: left, x2: w - 4, y1: y(v), y2: y(v), class: 'chart-grid' }));
      chart.append(svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-label' }, String(v)));
    }
    chart.append(svg('text', { x: left, y: h - 6, class: 'chart-label' }, day.format(new Date(rated[0].date))));
    chart.append(svg('text', { x: w - 4, y: h - 6, 'text-anchor': 'end', class: 'chart-label' }, day.format(new Date(rated.at(-1).date))));
    for (const [key, cls] of [['painBefore', 'chart-before'], ['painAfter', 'chart-after']]) {
      const points = rated.map((e, i) => [i, e[key]]).filter(([, v]) => v !== null);
      if (points.length > 1) {
        chart.append(svg('polyline', { points: points.map(([i, v]) => `${x(i)},${y(v)}`).join(' '), class: cls }));
      }
      for (const [i, v] of points) chart.append(svg('circle', { cx: x(i), cy: y(v), r: 3.5, class: cls }));
    }
    part('chart').replaceChildren(chart);
    part('chart-caption').textContent = 'Dashed line: pain before a session. Solid line: pain after.';
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
    part('delete').focus();
  });

  addEventListener('storage', (event) => {
    if (event.key === KEYS.routines) updateExports();
    if (event.key !== KEYS.history && event.key !== null) return;
    if (editing) {
      status('Another tab changed this history: the list updates when you save or cancel this edit.');
      return;
    }
    render();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted && !editing) render();
  });

  const ua = navigator.userAgent;
  const safari = /safari/i.test(ua) && !/chrome|chromium|crios|fxios|android/i.test(ua);
  part('safari-note').hidden = !(safari && navigator.standalone !== true);
  render();
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

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
