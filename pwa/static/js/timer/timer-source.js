import { own, isRecord } from '../shell/lookup.js';
import { LIMITS, planFromPreset, planFromRoutine } from '../engines/timer-core.js';

// What a session times: {kind: 'routine', slug} or {kind: 'preset', preset, muscleSlug}. The
// timer data (muscles and routines, from the server) is looked up only through own(), so a
// slug that is stale or hostile finds nothing instead of Object.prototype. No DOM here.

export const PLAIN_NAME = 'Self-massage timer';

export function muscleOf(data, slug) {
  const muscle = own(data.muscles, slug);
  return isRecord(muscle) ? muscle : null;
}

export function routineOf(data, slug) {
  const routine = own(data.routines, slug);
  return isRecord(routine) && Array.isArray(routine.steps) ? routine : null;
}

const namesOf = (data) => Object.fromEntries(Object.entries(data.muscles).map(([slug, m]) => [slug, m.name]));

export function planOf(source, data) {
  if (source.kind === 'routine') return planFromRoutine(routineOf(data, source.slug), namesOf(data));
  const muscle = source.muscleSlug ? muscleOf(data, source.muscleSlug) : null;
  return planFromPreset({ ...source.preset, muscle: source.muscleSlug, name: muscle?.name,
    instruction: muscle?.tip });
}

// What the session is called: a routine's title, a muscle's name, or the plain timer.
export function sourceName(source, data) {
  if (source.kind === 'routine') return routineOf(data, source.slug)?.title || PLAIN_NAME;
  if (source.muscleSlug) return muscleOf(data, source.muscleSlug)?.name || PLAIN_NAME;
  return PLAIN_NAME;
}

const inRange = (value, { min, max }) => Number.isInteger(value) && value >= min && value <= max;

function validPreset(preset) {
  return isRecord(preset) && (preset.mode === 'hold' || preset.mode === 'strokes') &&
    inRange(preset.seconds, LIMITS.seconds) && inRange(preset.strokes, LIMITS.strokes) &&
    inRange(preset.rest, LIMITS.rest) && inRange(preset.rounds, LIMITS.rounds) &&
    typeof preset.sides === 'boolean';
}

// A source read back from storage, checked against today's data. Returns {ok: true, source}
// (a fresh object with only the known fields) or {ok: false, why} for the note.
export function checkSource(source, data) {
  if (!isRecord(source)) return { ok: false, why: 'damaged' };
  if (source.kind === 'routine') {
    if (!routineOf(data, source.slug)) return { ok: false, why: 'routine' };
    return { ok: true, source: { kind: 'routine', slug: source.slug } };
  }
  if (source.kind !== 'preset' || !validPreset(source.preset)) return { ok: false, why: 'damaged' };
  const muscleSlug = source.muscleSlug ?? null;
  if (muscleSlug !== null && !muscleOf(data, muscleSlug)) return { ok: false, why: 'muscle' };
  const { mode, seconds, strokes, rest, rounds, sides } = source.preset;
  return { ok: true, source: { kind: 'preset', preset: { mode, seconds, strokes, rest, rounds, sides }, muscleSlug } };
}

// The cautions to show with a muscle: the server may send a list of strings, or nothing.
export const MOST_CAUTIONS = 5;

export function cautionsOf(data, slug) {
  const list = muscleOf(data, slug)?.cautions;
  if (!Array.isArray(list)) return [];
  return list.filter((c) => typeof c === 'string' && c.trim() !== '').map((c) => c.trim()).slice(0, MOST_CAUTIONS);
}
