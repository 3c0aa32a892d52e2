import { loadEntries, saveEntries, mergeEntries, deleteAll, putEntry } from './diary-store.js';
import { toJSON, toCSV, parseImport } from './diary-io.js';

// The history page: list, pain chart, export, import and delete. Everything stays on the device.

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

  function render() {
    const entries = loadEntries();
    part('empty').hidden = entries.length > 0;
    part('list').replaceChildren(...[...entries].reverse().map(listItem));
    renderChart(entries);
    part('delete').disabled = entries.length === 0;
    root.querySelectorAll('[data-export]').forEach((b) => {
      b.disabled = entries.length === 0;
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
      parts.push(`pain ${entry.painBefore ?? '?'} → ${entry.painAfter ?? '?'} of 10`);
    }
    facts.textContent = parts.join(' · ');
    li.append(head, facts);
    if (entry.note) {
      const note = document.createElement('p');
      note.textContent = entry.note;
      li.append(note);
    }
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'button button-quiet button-small';
    remove.textContent = 'Delete';
    remove.setAttribute('aria-label', `Delete ${entry.title}, ${when.format(new Date(entry.date))}`);
    remove.addEventListener('click', () => deleteOne(entry));
    li.append(remove);
    return li;
  }

  function deleteOne(entry) {
    const saved = saveEntries(loadEntries().filter((e) => e.id !== entry.id));
    if (!saved.ok) {
      status('That session could not be deleted: storage is not available.');
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
    status(saved.ok ? 'Session restored.' : "It could not be restored: your phone's storage is full.");
    render();
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
    if (b.dataset.export === 'csv') download(toCSV(entries), 'text/csv', 'csv');
    else download(toJSON(entries), 'application/json', 'json');
    status(`Exported ${entries.length} ${entries.length === 1 ? 'session' : 'sessions'}.`);
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
    const { entries, added, skipped } = mergeEntries(loadEntries(), parsed.entries);
    const saved = saveEntries(entries);
    if (!saved.ok) {
      status(saved.reason === 'quota'
        ? "Your phone's storage is full, so nothing was imported. Nothing was changed."
        : 'Storage is turned off in this browser, so nothing was imported.');
      return;
    }
    status(`Imported ${added} ${added === 1 ? 'session' : 'sessions'}` +
      (skipped ? `; ${skipped} ${skipped === 1 ? 'was' : 'were'} already here.` : '.'));
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

  const ua = navigator.userAgent;
  const safari = /safari/i.test(ua) && !/chrome|chromium|crios|fxios|android/i.test(ua);
  part('safari-note').hidden = !(safari && navigator.standalone !== true);
  render();
}
