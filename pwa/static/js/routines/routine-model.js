import { KEYS, readJSON } from '../shell/storage.js';
import { LIMITS, STROKE_SECONDS } from '../engines/timer-core.js';

// What an own routine is, and reading them safely. They are kept in this browser only
// (localStorage `tpg.routines.v1`, an array; writing is routine-store.js's, which the timer does
// not need). A routine is {id, title, note, rest, steps, updated, from?}; each step is
// {muscle, side: left|right|none, mode: hold|strokes, seconds, strokes?, note?}, the shape the built-in
// routines and routine-link.js use, so the timer runs all three alike. `validRoutine` is the one
// definition of a saved routine: storage can be damaged or edited by hand, so everything read is
// checked. No DOM: Node's test runner imports it.

export const MAX_TITLE = 60;
export const MAX_NOTE = 280;
export const MAX_STEPS = 20; // single-side steps: ten muscles on both sides
export const MAX_ROUTINES = 100;
export const MAX_STEP_NOTE = 80; // a step's own line ("use the ball, not the thumb")
export const MAX_FROM = 60; // who the routine is from ("Dr. Lee, Eastside Physio")
export const TRIAL_ID = 'trial'; // never a saved id: those start with "r"

const OWN_ID = /^r[a-z0-9]{4,40}$/;
const STEP_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STEP_SIDES = ['left', 'right', 'none'];

const isPlainObject = (value) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const inRange = (value, { min, max }) => Number.isInteger(value) && value >= min && value <= max;

// Optional text: absent, or a string of at most `max` characters (older saves have none).
const optionalText = (value, max) => value === undefined || (typeof value === 'string' && value.length <= max);

export function validStep(step) {
  if (!isPlainObject(step) || typeof step.muscle !== 'string' || step.muscle.length > 60) return false;
  if (!optionalText(step.note, MAX_STEP_NOTE)) return false;
  if (!STEP_SLUG.test(step.muscle) || !STEP_SIDES.includes(step.side)) return false;
  if (step.mode === 'hold') return inRange(step.seconds, LIMITS.seconds) && step.strokes === undefined;
  return step.mode === 'strokes' && inRange(step.strokes, LIMITS.strokes) &&
    step.seconds === step.strokes * STROKE_SECONDS;
}

export function validRoutine(routine, { trial = false } = {}) {
  return isPlainObject(routine) &&
    (trial ? routine.id === TRIAL_ID : typeof routine.id === 'string' && OWN_ID.test(routine.id)) &&
    typeof routine.title === 'string' && routine.title.trim().length > 0 &&
    routine.title.length <= MAX_TITLE &&
    typeof routine.note === 'string' && routine.note.length <= MAX_NOTE &&
    optionalText(routine.from, MAX_FROM) &&
    inRange(routine.rest, LIMITS.rest) &&
    Array.isArray(routine.steps) && routine.steps.length > 0 &&
    routine.steps.length <= MAX_STEPS && routine.steps.every(validStep);
}

// Only the known fields, in a fixed order: what is saved. A step's note and the "from" line
// are kept only when there is one, so a routine without them reads as before.
export function cleanRoutine(routine) {
  const { id, title, note, rest, steps, updated, from } = routine;
  return {
    id, title, note, rest,
    ...(from ? { from } : {}),
    steps: steps.map(({ muscle, side, mode, seconds, strokes, note: stepNote }) => ({
      ...(mode === 'strokes' ? { muscle, side, mode, seconds, strokes } : { muscle, side, mode, seconds }),
      ...(stepNote ? { note: stepNote } : {}),
    })),
    updated: Number.isFinite(updated) ? updated : 0,
  };
}

// {routines: the valid ones in saved order, damaged: ids (or "?" for id-less) of the rest}.
export function readRoutines() {
  const stored = readJSON(KEYS.routines, []);
  if (!Array.isArray(stored)) return { routines: [], damaged: stored === null ? [] : ['?'] };
  const routines = [];
  const damaged = [];
  const seen = new Set();
  for (const item of stored) {
    if (validRoutine(item) && !seen.has(item.id)) {
      seen.add(item.id);
      routines.push(cleanRoutine(item));
    } else {
      damaged.push(isPlainObject(item) && typeof item.id === 'string' ? item.id.slice(0, 41) : '?');
    }
  }
  return { routines, damaged };
}

export const loadRoutines = () => readRoutines().routines;

// What the timer needs: id -> a runnable routine, or null when the stored one is damaged or
// presses no muscle this version of the app knows. Steps get their muscle's tip as the
// instruction, as the built-in routines carry one each.
export function runnableRoutines(muscles) {
  const found = new Map();
  const { routines, damaged } = readRoutines();
  const trial = readJSON(KEYS.routineTrial, null);
  if (trial !== null) {
    if (validRoutine(trial, { trial: true })) routines.push(cleanRoutine(trial));
    else damaged.push(TRIAL_ID);
  }
  for (const id of damaged) found.set(id, null);
  for (const routine of routines) {
    const steps = routine.steps.filter((s) => Object.hasOwn(muscles, s.muscle))
      .map((s) => ({ ...s, instruction: muscles[s.muscle].tip || '' }));
    found.set(routine.id, steps.length ? { ...routine, steps, own: true } : null);
  }
  return found;
}
