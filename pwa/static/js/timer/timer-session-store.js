import { KEYS, readJSON, writeJSON, removeKey } from '../shell/storage.js';
import { isRecord } from '../shell/lookup.js';
import { totalMs } from '../engines/timer-core.js';
import { checkSource, planOf } from './timer-source.js';

// The session in progress, kept in localStorage so a reload, a frozen tab or a swapped-away
// app comes back to it. Everything read back is checked against today's timer data before the
// page uses it: a muscle renamed by an update, a damaged value or a clock that jumped is
// discarded with a note, never left to break the page. No DOM here.

export const RESTORE_WITHIN_MS = 12 * 60 * 60 * 1000;
const CLOCK_SKEW_MS = 60 * 1000; // a phone's clock may be corrected by a few seconds
const EARLIEST = Date.UTC(2020, 0, 1);
const SESSION_ID = /^[A-Za-z0-9-]{1,64}$/;
const RUNNING_UNREADABLE = Symbol('unreadable session');

const NOT_RESTORED = 'Your session in progress could not be restored';
export const RESTORE_NOTES = {
  damaged: `${NOT_RESTORED}: what was saved of it is damaged. The timer is ready to start again.`,
  routine: `${NOT_RESTORED}: its routine is no longer in the app. The timer is ready to start again.`,
  muscle: `${NOT_RESTORED}: its muscle is no longer in the app. The timer is ready to start again.`,
  changed: `${NOT_RESTORED}: an update changed its steps. The timer is ready to start again.`,
  clock: `${NOT_RESTORED}: your device's clock changed while it ran. The timer is ready to start again.`,
  old: 'An unfinished session from more than 12 hours ago was cleared.',
  painBefore: 'Your "pain before" rating for this session could not be restored.',
};

// Stored as version 1, the shape the previous release reads, so a tab still running it keeps
// the same session (it ignores `id`).
export function runningRecord({ id, source, session, painBefore }, now) {
  return { v: 1, id, source, session, painBefore, savedAt: now };
}

export function saveRunning(state, now) {
  return writeJSON(KEYS.running, runningRecord(state, now));
}

export function clearRunning() {
  removeKey(KEYS.running);
}

const finite = (value) => typeof value === 'number' && Number.isFinite(value);
const fail = (why) => ({ ok: false, note: RESTORE_NOTES[why] });

function samePlan(stored, plan) {
  return Array.isArray(stored) && stored.length === plan.length &&
    stored.every((s, i) => isRecord(s) && s.kind === plan[i].kind && s.ms === plan[i].ms);
}

// A stored record → {ok: true, running: {id, source, session, painBefore}, note} or
// {ok: false, note} (note null when nothing was stored).
export function checkRunning(saved, data, now) {
  if (saved === null || saved === undefined) return { ok: false, note: null };
  if (!isRecord(saved) || saved.v !== 1 || !isRecord(saved.session)) return fail('damaged');
  const { startedAt, pausedAt = null, pausedMs, skippedMs } = saved.session;
  const { savedAt } = saved;
  if (![startedAt, pausedMs, skippedMs, savedAt].every(finite)) return fail('damaged');
  if (pausedAt !== null && !finite(pausedAt)) return fail('damaged');
  if (startedAt > now + CLOCK_SKEW_MS || savedAt > now + CLOCK_SKEW_MS) return fail('clock');
  if (startedAt < EARLIEST || savedAt < startedAt) return fail('damaged');
  if (now - savedAt >= RESTORE_WITHIN_MS) return fail('old');
  if (pausedAt !== null && (pausedAt < startedAt || pausedAt > savedAt)) return fail('damaged');
  if (pausedMs < 0 || pausedMs > savedAt - startedAt) return fail('damaged');

  const checked = checkSource(saved.source, data);
  if (!checked.ok) return fail(checked.why);
  const plan = planOf(checked.source, data);
  if (plan.length === 0) return fail('damaged');
  if (!samePlan(saved.session.plan, plan)) return fail('changed');
  if (skippedMs < 0 || skippedMs > totalMs(plan)) return fail('damaged');

  let painBefore = saved.painBefore ?? null;
  let note = null;
  if (!(painBefore === null || (Number.isInteger(painBefore) && painBefore >= 0 && painBefore <= 10))) {
    painBefore = null;
    note = RESTORE_NOTES.painBefore;
  }
  // A record from the previous release has no id: derive one from its start, so two tabs
  // restoring it save one history entry, not two.
  const id = typeof saved.id === 'string' && SESSION_ID.test(saved.id) ? saved.id
    : `s-${Math.round(startedAt).toString(36)}`;
  const session = { plan, startedAt, pausedAt, pausedMs, skippedMs };
  return { ok: true, running: { id, source: checked.source, session, painBefore }, note };
}

// Read the stored session; anything that does not pass is removed, so it cannot come back.
export function loadRunning(data, now) {
  const saved = readJSON(KEYS.running, null, RUNNING_UNREADABLE);
  const result = saved === RUNNING_UNREADABLE ? fail('damaged') : checkRunning(saved, data, now);
  if (!result.ok && saved !== null) clearRunning();
  return result;
}
