import { own } from '../shell/lookup.js';
import { LIMITS, STROKE_SECONDS } from '../engines/timer-core.js';

// Turn a timer URL (/timer?hold=60&rest=10&rounds=3, ?muscle=<slug>, ?routine=<slug>) into a
// preset. Anything missing, out of range or garbled falls back to a safe value, with a note the
// page shows; nothing here throws. No DOM: Node's test runner imports it.

export const DEFAULTS = { mode: 'hold', seconds: 45, strokes: 10, rest: 10, rounds: 1, sides: true };

const WHOLE = /^\s*\d+\s*$/;
const NOTE_CHARS = 20;

// A value from the URL as a note quotes it: a few characters, no control characters, and no
// half of an emoji.
export function quoted(raw) {
  const chars = [...raw.replace(/[\p{Cc}\p{Cf}]/gu, '')];
  return chars.length > NOTE_CHARS ? `${chars.slice(0, NOTE_CHARS).join('')}…` : chars.join('');
}

function number(params, key, limits, notes, label) {
  const raw = params.get(key);
  if (raw === null || raw === '') return null;
  if (!WHOLE.test(raw)) {
    notes.push(`Ignored ${label} "${quoted(raw)}": not a whole number.`);
    return null;
  }
  const value = Number(raw);
  if (value < limits.min || value > limits.max) {
    const clamped = Math.min(Math.max(value, limits.min), limits.max);
    const why = key === 'hold' && value > limits.max
      ? ' Longer on one point can irritate it.' : '';
    notes.push(`${label[0].toUpperCase()}${label.slice(1)} set to ${clamped}: it must be ` +
      `${limits.min} to ${limits.max}.${why}`);
    return clamped;
  }
  return value;
}

const holdLimits = LIMITS.seconds;
const KNOWN = new Set(['own', 'routine', 'muscle', 'mode', 'hold', 'strokes', 'rest', 'rounds', 'sides']);

// The slug a person's own routine runs under, beside the built-in ones in the timer's data.
// A colon never appears in a built-in slug, so the two can't meet.
export const ownRoutineSlug = (id) => `own:${id}`;

// Whether a timer URL asks for one of the person's own routines (?own=<id>): only the session
// module can find those.
export const asksForOwnRoutine = (search) => new URLSearchParams(search).has('own');

// Returns {kind: 'preset'|'routine', preset, routine, muscle, notes}. `ownRoutines` is the
// person's own routines (routine-model.js runnableRoutines: a Map, so no id reaches
// Object.prototype; a damaged one maps to null).
export function readTimerUrl(search, data, ownRoutines = new Map()) {
  const params = new URLSearchParams(search);
  const notes = [];
  const repeated = new Set([...params.keys()].filter((key) => params.getAll(key).length > 1));
  for (const key of repeated) {
    if (KNOWN.has(key)) notes.push(`"${key}" was given more than once: the first one was used.`);
  }
  const ownId = params.get('own');
  if (ownId !== null) {
    const routine = ownRoutines.get(ownId);
    if (routine) return { kind: 'routine', slug: ownRoutineSlug(ownId), routine, notes };
    notes.push(ownRoutines.has(ownId)
      ? 'That routine of yours is damaged or names muscles this app no longer has, so the timer opened with its usual settings. Edit or delete it on the Routines page.'
      : 'That routine of yours is not on this device (deleted, or saved in another browser), so the timer opened with its usual settings.');
  }
  const routineSlug = params.get('routine');
  if (routineSlug !== null) {
    const routine = own(data.routines, routineSlug);
    if (routine) return { kind: 'routine', slug: routineSlug, routine, notes };
    notes.push('That routine was not found, so the timer opened with its usual settings.');
  }

  let preset = { ...DEFAULTS };
  let muscle = null;
  const muscleSlug = params.get('muscle');
  if (muscleSlug !== null) {
    muscle = own(data.muscles, muscleSlug) || null;
    if (muscle) {
      preset = presetOf(muscle);
    } else {
      notes.push('That muscle was not found, so the timer opened with its usual settings.');
    }
  }

  const mode = params.get('mode');
  if (mode === 'hold' || mode === 'strokes') preset.mode = mode;
  else if (mode !== null) notes.push(`Ignored mode "${quoted(mode)}": use hold or strokes.`);

  const hold = number(params, 'hold', holdLimits, notes, 'hold');
  if (hold !== null) Object.assign(preset, { mode: 'hold', seconds: hold });
  const strokes = number(params, 'strokes', LIMITS.strokes, notes, 'strokes');
  if (strokes !== null) Object.assign(preset, { mode: 'strokes', strokes });
  const rest = number(params, 'rest', LIMITS.rest, notes, 'rest');
  if (rest !== null) preset.rest = rest;
  const rounds = number(params, 'rounds', LIMITS.rounds, notes, 'rounds');
  if (rounds !== null) preset.rounds = rounds;

  const sides = params.get('sides');
  if (sides === 'both' || sides === 'one') preset.sides = sides === 'both';
  else if (sides !== null) notes.push(`Ignored sides "${quoted(sides)}": use both or one.`);

  if (preset.mode === 'strokes') preset.seconds = strokeSeconds(preset.strokes);
  return { kind: 'preset', preset, muscle, muscleSlug: muscle ? muscleSlug : null, notes };
}

// A muscle's usual dose (from its content file) as a timer preset.
export function presetOf(muscle) {
  const { mode, seconds, strokes, rest, rounds, sides } = muscle;
  return { mode, seconds, strokes, rest, rounds, sides };
}

// Stroke mode gives each slow stroke about four seconds, kept within the hold limits.
export function strokeSeconds(strokes) {
  return Math.min(Math.max(strokes * STROKE_SECONDS, holdLimits.min), holdLimits.max);
}

// The query string for a preset, so a link opens the timer exactly so.
export function presetQuery(preset, muscleSlug = null) {
  const params = new URLSearchParams();
  if (muscleSlug) params.set('muscle', muscleSlug);
  if (preset.mode === 'strokes') params.set('strokes', String(preset.strokes));
  else params.set('hold', String(preset.seconds));
  params.set('rest', String(preset.rest));
  params.set('rounds', String(preset.rounds));
  params.set('sides', preset.sides ? 'both' : 'one');
  return `?${params}`;
}
