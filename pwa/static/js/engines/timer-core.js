import { own } from '../shell/lookup.js';

// The timer's pure logic: a plan of work and rest segments, and a session whose position is
// always computed from timestamps (never by counting ticks), so it is right after the phone
// sleeps, the tab is frozen, or the page reloads. No DOM here: Node's test runner imports it.

// The dose limits and the seconds of one stroke are the server's (models.py TIMER_LIMITS and
// STROKE_SECONDS), sent in /timer-data.json as `rules`; timer-data.js hands them to useTimerRules
// as soon as the file loads. The values below are only the fallback for a page without that
// file (History reading a backup); tests/test_timer_rules.py checks they match the server's.
export const LIMITS = {
  seconds: { min: 20, max: 90 },
  strokes: { min: 6, max: 15 },
  rest: { min: 0, max: 60 },
  rounds: { min: 1, max: 5 },
};
export let STROKE_SECONDS = 4;

const isWhole = (value) => Number.isInteger(value) && value >= 0;

// Take the server's rules ({limits: {seconds: {min, max}, ...}, stroke_seconds}). All or nothing:
// anything missing or malformed leaves the fallback in place and returns false, never throws.
// LIMITS is changed in place, so every module that imported it sees the server's numbers.
export function useTimerRules(rules) {
  const limits = rules && typeof rules === 'object' ? rules.limits : null;
  if (!limits || typeof limits !== 'object') return false;
  const next = {};
  for (const name of Object.keys(LIMITS)) {
    const range = Object.hasOwn(limits, name) ? limits[name] : null;
    if (!range || typeof range !== 'object') return false;
    const { min, max } = range;
    if (!isWhole(min) || !isWhole(max) || min > max) return false;
    next[name] = { min, max };
  }
  if (!isWhole(rules.stroke_seconds) || rules.stroke_seconds < 1) return false;
  for (const [name, range] of Object.entries(next)) Object.assign(LIMITS[name], range);
  STROKE_SECONDS = rules.stroke_seconds;
  return true;
}
export const LONG_SESSION_SECONDS = 15 * 60;
export const MOST_ON_ONE_POINT_SECONDS = 5 * 60;
export const MOST_SESSIONS_A_DAY = 6;

const SIDE_LABELS = { left: 'Left side', right: 'Right side', none: '' };

// A plan from a simple preset: {mode, seconds, strokes, rest, rounds, sides, name?, muscle?}.
export function planFromPreset(preset) {
  const sides = preset.sides ? ['left', 'right'] : ['none'];
  const work = [];
  for (let round = 1; round <= preset.rounds; round += 1) {
    for (const side of sides) {
      work.push({
        muscle: preset.muscle || null,
        name: preset.name || (preset.mode === 'strokes' ? 'Stroking' : 'Hold'),
        side,
        mode: preset.mode,
        seconds: preset.seconds,
        strokes: preset.mode === 'strokes' ? preset.strokes : null,
        instruction: preset.instruction || '',
        round,
        rounds: preset.rounds,
      });
    }
  }
  return withRests(work, preset.rest);
}

// A plan from a routine: its steps in order, one round, the routine's rest between steps.
export function planFromRoutine(routine, names = {}) {
  const work = routine.steps.map((step) => ({
    muscle: step.muscle,
    name: own(names, step.muscle) || step.muscle,
    side: step.side,
    mode: step.mode,
    seconds: step.seconds,
    strokes: step.mode === 'strokes' ? step.strokes || 10 : null,
    instruction: step.instruction,
    note: step.note || '',
    round: 1,
    rounds: 1,
  }));
  return withRests(work, routine.rest);
}

function withRests(work, rest) {
  const segments = [];
  work.forEach((step, i) => {
    if (i > 0 && rest > 0) segments.push({ kind: 'rest', ms: rest * 1000, next: i });
    segments.push({ kind: 'work', ms: step.seconds * 1000, ...step, point: i + 1, points: work.length });
  });
  return segments;
}

export const totalMs = (plan) => plan.reduce((sum, s) => sum + s.ms, 0);
export const workSteps = (plan) => plan.filter((s) => s.kind === 'work');

// Guard-rails from the dose research: long holds, long sessions and many sessions in one day
// earn a gentle warning.
export function doseWarnings(plan, sessionsToday = 0) {
  const warnings = [];
  const onePoint = new Map();
  for (const step of workSteps(plan)) {
    const key = `${step.muscle || step.name}|${step.side}`;
    onePoint.set(key, (onePoint.get(key) || 0) + step.seconds);
  }
  if ([...onePoint.values()].some((s) => s > MOST_ON_ONE_POINT_SECONDS)) {
    warnings.push('More than 5 minutes on one point: about 5 minutes is the most a point needs at a time.');
  }
  if (totalMs(plan) / 1000 > LONG_SESSION_SECONDS) {
    warnings.push('A long session. Several short sessions a day work better than one long one.');
  }
  if (sessionsToday >= MOST_SESSIONS_A_DAY) {
    warnings.push(`You have done ${sessionsToday} sessions today. Three to six a day is plenty: more can leave the muscles sore.`);
  }
  return warnings;
}

// --- Sessions: plain objects, each change returns a new one -----------------------------------

export function startSession(plan, now) {
  return { plan, startedAt: now, pausedAt: null, pausedMs: 0, skippedMs: 0 };
}

export function elapsedMs(session, now) {
  const end = session.pausedAt ?? now;
  const elapsed = end - session.startedAt - session.pausedMs + session.skippedMs;
  return Math.min(Math.max(elapsed, 0), totalMs(session.plan));
}

export const isPaused = (session) => session.pausedAt !== null;
export const isDone = (session, now) => elapsedMs(session, now) >= totalMs(session.plan);

export function pauseSession(session, now) {
  if (isPaused(session) || isDone(session, now)) return session;
  return { ...session, pausedAt: now };
}

export function resumeSession(session, now) {
  if (!isPaused(session)) return session;
  return { ...session, pausedAt: null, pausedMs: session.pausedMs + (now - session.pausedAt) };
}

// Jump to the start of the next segment (or the end).
export function skipStep(session, now) {
  const { elapsedInSegment, segment } = sessionPosition(session, now);
  if (!segment) return session;
  return { ...session, skippedMs: session.skippedMs + segment.ms - elapsedInSegment };
}

function locate(plan, elapsed) {
  let start = 0;
  for (let index = 0; index < plan.length; index += 1) {
    const segment = plan[index];
    if (elapsed < start + segment.ms) return { index, segment, start };
    start += segment.ms;
  }
  return { index: plan.length, segment: null, start };
}

// Where the session is now, with everything the page shows.
export function sessionPosition(session, now) {
  const elapsed = elapsedMs(session, now);
  const { index, segment, start: segmentStart } = locate(session.plan, elapsed);
  if (!segment) {
    return { done: true, index, segment: null, elapsed, remainingMs: 0, progress: 1,
      elapsedInSegment: 0, stroke: null, next: null, paused: isPaused(session) };
  }
  const elapsedInSegment = elapsed - segmentStart;
  const remainingMs = segment.ms - elapsedInSegment;
  let stroke = null;
  if (segment.kind === 'work' && segment.mode === 'strokes') {
    const beat = segment.ms / segment.strokes;
    stroke = Math.min(segment.strokes, Math.floor(elapsedInSegment / beat) + 1);
  }
  const next = session.plan.slice(index + 1).find((s) => s.kind === 'work') || null;
  return { done: false, index, segment, elapsed, elapsedInSegment, remainingMs,
    progress: elapsedInSegment / segment.ms, stroke, next, paused: isPaused(session) };
}

// Whole seconds left, rounded up, so a 60 s hold shows 1:00 until a full second has passed.
export function formatTime(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000 - 1e-9));
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}

export function sideLabel(side) {
  return own(SIDE_LABELS, side) || '';
}

// The cues due between two moments of elapsed time, in order: a work step starting ('start',
// or 'switch' when it changes side), a rest starting ('rest'), the halfway mark of a hold
// ('halfway'), each stroke beat ('stroke'), the last three seconds of a step ('count'), and
// the end ('done'). `from` is exclusive, `to` inclusive; pass from = -1 for the first cue.
export function cuesBetween(plan, from, to) {
  const cues = [];
  const add = (at, type, segment) => {
    if (at > from && at <= to) cues.push({ at, type, segment });
  };
  let start = 0;
  let lastWorkSide = null;
  for (const segment of plan) {
    const end = start + segment.ms;
    if (end <= from) {
      if (segment.kind === 'work') lastWorkSide = segment.side;
      start = end;
      continue;
    }
    if (start > to) break;
    if (segment.kind === 'work') {
      const switched = lastWorkSide !== null && segment.side !== 'none' && segment.side !== lastWorkSide;
      add(start, switched ? 'switch' : 'start', segment);
      if (segment.mode === 'strokes') {
        const beat = segment.ms / segment.strokes;
        for (let k = 1; k < segment.strokes; k += 1) add(start + k * beat, 'stroke', segment);
      } else {
        add(start + segment.ms / 2, 'halfway', segment);
      }
      lastWorkSide = segment.side;
    } else {
      add(start, 'rest', segment);
    }
    for (const s of [3, 2, 1]) if (segment.ms > s * 1000 + 1000) add(end - s * 1000, 'count', segment);
    start = end;
  }
  add(start, 'done', null);
  return cues.sort((a, b) => a.at - b.at);
}

// After a long gap (the phone slept) only the latest change of step is worth announcing.
export function cuesToPlay(plan, from, to, maxGapMs = 2500) {
  const cues = cuesBetween(plan, from, to);
  if (to - from <= maxGapMs) return cues;
  const changes = cues.filter((c) => ['start', 'switch', 'rest', 'done'].includes(c.type));
  return changes.slice(-1);
}

// A finished (or stopped) session as a history entry's numbers.
export function sessionSummary(session, now) {
  const elapsed = elapsedMs(session, now);
  let start = 0;
  let points = 0;
  let workMs = 0;
  for (const segment of session.plan) {
    if (start >= elapsed) break;
    const spent = Math.min(segment.ms, elapsed - start);
    if (segment.kind === 'work') {
      workMs += spent;
      if (spent >= segment.ms / 2) points += 1;
    }
    start += segment.ms;
  }
  return { points, workSeconds: Math.round(workMs / 1000), seconds: Math.round(elapsed / 1000) };
}
