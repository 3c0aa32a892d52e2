import { LIMITS, STROKE_SECONDS } from './timer-core.js';
import { MAX_TITLE, MAX_NOTE, MAX_STEPS, MAX_STEP_NOTE, MAX_FROM } from '../routines/routine-model.js';

// A routine carried whole in a link's fragment, so nothing is stored on a server (privacy holds,
// and the static export works) and the link opens offline once the app is installed. The
// fragment reads like a query string: #v=1&t=Title&r=10&o=Note&s=<steps>, each step
// `slug.side.dose` joined by "_" (characters URLSearchParams leaves as they are): side l, r, n (no side) or b (left then right); dose h<seconds>
// for a hold or s<strokes>. Anything from a link is untrusted: decode never throws, checks
// every field, and looks muscles up with Object.hasOwn. No DOM: Node's test runner imports it.
// Added later, still version 1 (older apps ignore keys they do not know, so these links still
// open there, without the extras): f=<who it is from>, and p<n>=<note> for the n-th step code
// in s (counted from 0; a "both sides" code's note goes with both sides).

export const VERSION = '1';
export const MAX_LINK = 4000; // characters of fragment; a 20-step routine needs about 600
// What a routine may hold is routine-model.js's to say; a link carries no more than it saves.
export { MAX_TITLE, MAX_NOTE, MAX_STEPS, MAX_STEP_NOTE, MAX_FROM };

const SIDES = { l: 'left', r: 'right', n: 'none' };
const SIDE_CODES = { left: 'l', right: 'r', none: 'n' };
const STEP = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([lrnb])\.([hs])(\d{1,4})$/;
// Control characters (newlines are kept in notes), and the bidirectional overrides and
// isolates that could make a title read backwards: "Dr. Smith's homework" spoofed from a link.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

export function cleanText(value, max, { keepNewlines = false } = {}) {
  let text = String(value ?? '').replace(CONTROL, '');
  text = keepNewlines ? text.replace(/\n{3,}/g, '\n\n') : text.replace(/\s+/g, ' ');
  return text.trim().slice(0, max).trim();
}

function clamp(value, { min, max }) {
  return Math.min(Math.max(value, min), max);
}

// A step's dose within the timer's rules: {mode, seconds, strokes?}, and a note if it moved.
export function clampDose(mode, amount) {
  if (mode === 'strokes') {
    const strokes = clamp(amount, LIMITS.strokes);
    return { mode, strokes, seconds: strokes * STROKE_SECONDS, changed: strokes !== amount };
  }
  const seconds = clamp(amount, LIMITS.seconds);
  return { mode: 'hold', seconds, changed: seconds !== amount };
}

function stepCode(step, side) {
  const dose = step.mode === 'strokes' ? `s${step.strokes}` : `h${step.seconds}`;
  return `${step.muscle}.${side}.${dose}`;
}

const sameDose = (a, b) => a.muscle === b.muscle && a.mode === b.mode &&
  a.seconds === b.seconds && (a.strokes ?? null) === (b.strokes ?? null) && (a.note || '') === (b.note || '');
const STEP_NOTE_KEY = /^p(\d{1,2})$/;

// The fragment for a routine {title, note, rest, steps}; a left step followed by the same right
// step travels as one "both sides" step, which keeps links (and their QR codes) short.
export function encodeRoutine(routine) {
  const codes = [];
  const stepNotes = [];
  const steps = routine.steps;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i];
    const next = steps[i + 1];
    const stepNote = cleanText(step.note, MAX_STEP_NOTE);
    if (stepNote) stepNotes.push([`p${codes.length}`, stepNote]);
    if (step.side === 'left' && next && next.side === 'right' && sameDose(step, next)) {
      codes.push(stepCode(step, 'b'));
      i += 1;
    } else {
      codes.push(stepCode(step, SIDE_CODES[step.side] || 'n'));
    }
  }
  const params = new URLSearchParams();
  params.set('v', VERSION);
  params.set('t', cleanText(routine.title, MAX_TITLE));
  params.set('r', String(routine.rest));
  const note = cleanText(routine.note, MAX_NOTE, { keepNewlines: true });
  if (note) params.set('o', note);
  const from = cleanText(routine.from, MAX_FROM);
  if (from) params.set('f', from);
  for (const [key, text] of stepNotes) params.set(key, text);
  params.set('s', codes.join('_'));
  return params.toString();
}

// {ok: true, routine, notes} or {ok: false, error}; `muscles` maps slug -> {name, ...}.
export function decodeRoutine(fragment, muscles) {
  const raw = String(fragment ?? '').replace(/^#/, '');
  if (!raw) return { ok: false, error: 'This link has no routine in it.' };
  if (raw.length > MAX_LINK) return { ok: false, error: 'This link is too long to be a routine.' };
  let params;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { ok: false, error: 'This link is damaged: it could not be read.' };
  }
  const version = params.get('v');
  if (version !== VERSION) {
    return {
      ok: false,
      error: version && /^\d{1,3}$/.test(version) && Number(version) > Number(VERSION)
        ? 'This routine was made with a newer version of the app. Update the app, then open the link again.'
        : 'This link is damaged or incomplete: it is not a routine this app can read.',
    };
  }
  const notes = [];
  const title = cleanText(params.get('t'), MAX_TITLE) || 'Shared routine';
  const note = cleanText(params.get('o'), MAX_NOTE, { keepNewlines: true });
  let rest = 10;
  const restText = params.get('r');
  if (restText !== null && /^\d{1,3}$/.test(restText)) {
    rest = clamp(Number(restText), LIMITS.rest);
    if (rest !== Number(restText)) notes.push(`Rest set to ${rest} s: it must be 0 to 60.`);
  } else if (restText !== null) {
    notes.push('The rest in this link was not a number, so it is 10 s.');
  }
  const from = cleanText(params.get('f'), MAX_FROM);
  const stepNotes = new Map();
  for (const [key, value] of params) {
    const match = STEP_NOTE_KEY.exec(key);
    const text = match && cleanText(value, MAX_STEP_NOTE);
    if (text && !stepNotes.has(Number(match[1]))) stepNotes.set(Number(match[1]), text);
  }
  const steps = [];
  let unknown = 0;
  let broken = 0;
  let clamped = 0;
  const codes = (params.get('s') || '').split('_').slice(0, MAX_STEPS * 2);
  for (const [position, code] of codes.entries()) {
    if (!code) continue;
    const match = STEP.exec(code);
    if (!match) {
      broken += 1;
      continue;
    }
    const [, slug, sideCode, modeCode, amountText] = match;
    if (!muscles || !Object.hasOwn(muscles, slug)) {
      unknown += 1;
      continue;
    }
    const dose = clampDose(modeCode === 's' ? 'strokes' : 'hold', Number(amountText));
    if (dose.changed) clamped += 1;
    const { changed, ...fields } = dose;
    const sides = sideCode === 'b' ? ['left', 'right'] : [SIDES[sideCode]];
    const stepNote = stepNotes.get(position);
    for (const side of sides) steps.push({ muscle: slug, side, ...fields, ...(stepNote ? { note: stepNote } : {}) });
  }
  if (unknown) notes.push(`${unknown} step${unknown > 1 ? 's' : ''} named a muscle this app does not know, and ${unknown > 1 ? 'were' : 'was'} left out.`);
  if (broken) notes.push(`${broken} step${broken > 1 ? 's were' : ' was'} damaged and left out.`);
  if (clamped) notes.push(`${clamped} step${clamped > 1 ? 's were' : ' was'} changed to stay within safe times.`);
  if (steps.length > MAX_STEPS) {
    notes.push(`Only the first ${MAX_STEPS} steps were kept.`);
    steps.length = MAX_STEPS;
  }
  if (!steps.length) return { ok: false, error: 'This link has no steps this app can run.' };
  return { ok: true, routine: { title, note, ...(from ? { from } : {}), rest, steps }, notes };
}

// Seconds a routine takes, rests included (as the built-in routines count it).
export function routineSeconds(routine) {
  const work = routine.steps.reduce((sum, step) => sum + step.seconds, 0);
  return work + routine.rest * Math.max(routine.steps.length - 1, 0);
}
