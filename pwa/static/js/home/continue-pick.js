import { isRecord, own } from '../shell/lookup.js';

// What "Continue" on the home page opens, from what the timer and the diary already keep on
// the device: the session in progress (the timer restores it), else the newest routine in the
// diary that still exists (a built-in one by its slug, an own one by its name). No DOM.

export const RUNNING_FRESH_MS = 12 * 60 * 60 * 1000; // the timer drops older sessions too

function runningPick(running, ownRoutines, data, now) {
  if (!isRecord(running) || !isRecord(running.source)) return null;
  const { savedAt } = running;
  if (!Number.isFinite(savedAt) || savedAt > now + 60_000 || now - savedAt > RUNNING_FRESH_MS) return null;
  const { kind, slug, muscleSlug } = running.source;
  if (kind === 'routine' && typeof slug === 'string') {
    const title = slug.startsWith('own:')
      ? ownRoutines.find((r) => r.id === slug.slice(4))?.title
      : own(own(data.routines, slug), 'title');
    return typeof title === 'string' ? { title, query: '' } : null;
  }
  if (kind === 'preset') {
    const name = typeof muscleSlug === 'string' ? own(own(data.muscles, muscleSlug), 'name') : null;
    return { title: typeof name === 'string' ? name : null, query: '' };
  }
  return null;
}

function diaryPick(entries, ownRoutines, data) {
  for (const entry of [...entries].reverse()) {
    if (!isRecord(entry) || entry.kind !== 'routine') continue;
    if (typeof entry.slug === 'string') {
      const title = own(own(data.routines, entry.slug), 'title');
      if (typeof title === 'string') return { title, query: `?routine=${encodeURIComponent(entry.slug)}` };
    } else {
      const routine = ownRoutines.find((r) => r.title === entry.title);
      if (routine) return { title: routine.title, query: `?own=${encodeURIComponent(routine.id)}` };
    }
  }
  return null;
}

// {title (null: a session with no name), query for the timer's URL} or null.
// `entries` oldest first (loadEntries), `ownRoutines` valid ones (loadRoutines), `data` the
// timer's data file.
export function pickContinue({ running, entries, ownRoutines, data, now = Date.now() }) {
  return runningPick(running, ownRoutines, data, now) || diaryPick(entries, ownRoutines, data);
}
