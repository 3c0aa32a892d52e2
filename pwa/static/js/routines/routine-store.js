import { KEYS, writeJSON } from '../shell/storage.js';
import {
  MAX_TITLE, MAX_ROUTINES, TRIAL_ID, validRoutine, cleanRoutine, loadRoutines,
} from './routine-model.js';

// Writing the person's own routines (what one is: routine-model.js). A full quota comes back as
// {ok: false, reason: 'quota'}, never as an exception, so a page can say so. No DOM.

export function newRoutineId(now = Date.now()) {
  const random = globalThis.crypto?.getRandomValues
    ? [...globalThis.crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(36)).join('')
    : Math.random().toString(36).slice(2);
  return `r${now.toString(36)}${random}`.slice(0, 41);
}

export function saveRoutines(routines) {
  return writeJSON(KEYS.routines, routines.slice(0, MAX_ROUTINES).map(cleanRoutine));
}

// Add a routine, or replace the one with its id in place.
export function putRoutine(routine) {
  if (!validRoutine(routine)) return { ok: false, reason: 'invalid' };
  const routines = loadRoutines();
  const index = routines.findIndex((r) => r.id === routine.id);
  if (index === -1 && routines.length >= MAX_ROUTINES) return { ok: false, reason: 'full' };
  if (index === -1) routines.push(routine);
  else routines[index] = routine;
  return saveRoutines(routines);
}

// Remove one; the result carries what undo needs: the routine and where it stood.
export function removeRoutine(id) {
  const routines = loadRoutines();
  const index = routines.findIndex((r) => r.id === id);
  if (index === -1) return { ok: false, reason: 'missing' };
  const [routine] = routines.splice(index, 1);
  const saved = saveRoutines(routines);
  return saved.ok ? { ok: true, routine, index } : saved;
}

export function restoreRoutine(routine, index) {
  const routines = loadRoutines().filter((r) => r.id !== routine.id);
  routines.splice(Math.min(Math.max(index, 0), routines.length), 0, routine);
  return saveRoutines(routines);
}

export function copyTitle(title) {
  const prefix = 'Copy of ';
  return (prefix + title).slice(0, MAX_TITLE).trim();
}

export function duplicateRoutine(id, now = Date.now()) {
  const routines = loadRoutines();
  const index = routines.findIndex((r) => r.id === id);
  if (index === -1) return { ok: false, reason: 'missing' };
  if (routines.length >= MAX_ROUTINES) return { ok: false, reason: 'full' };
  const copy = { ...routines[index], id: newRoutineId(now), title: copyTitle(routines[index].title),
    updated: now };
  routines.splice(index + 1, 0, copy);
  const saved = saveRoutines(routines);
  return saved.ok ? { ok: true, routine: copy } : saved;
}

// "Try it now" on a shared link: one slot, replaced each time, never in the list.
export function saveTrial(routine) {
  return writeJSON(KEYS.routineTrial, cleanRoutine({ ...routine, id: TRIAL_ID }));
}

// Single-side steps (left, right, none) <-> the builder's rows, where "both" is one row: a left
// step followed by the same right step.
export function toRows(steps) {
  const rows = [];
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i];
    const next = steps[i + 1];
    if (step.side === 'left' && next && next.side === 'right' && next.muscle === step.muscle &&
        next.mode === step.mode && next.seconds === step.seconds && next.strokes === step.strokes &&
        (next.note || '') === (step.note || '')) {
      rows.push({ ...step, side: 'both' });
      i += 1;
    } else {
      rows.push({ ...step });
    }
  }
  return rows;
}

export function fromRows(rows) {
  return rows.flatMap((row) => (row.side === 'both'
    ? [{ ...row, side: 'left' }, { ...row, side: 'right' }] : [{ ...row }]));
}

export const stepCount = (rows) => rows.reduce((n, row) => n + (row.side === 'both' ? 2 : 1), 0);
