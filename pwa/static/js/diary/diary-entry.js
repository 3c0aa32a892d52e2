// A finished session as a diary entry, and the ratings a person gives it: pure functions the
// timer and the history page share. No DOM and no storage here.

// A 0–10 rating from a form's value ('' is "not rated"); anything else is not a rating.
export function painValue(raw) {
  if (raw === null || raw === undefined || raw === '') return null;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : null;
}

export const MAX_NOTE_CHARS = 1000;

export function noteValue(raw) {
  return typeof raw === 'string' ? raw.trim().slice(0, MAX_NOTE_CHARS) : '';
}

// {id, source, title, summary: {seconds, points}, painBefore, now} → the entry to store.
export function buildEntry({ id, source, title, summary, painBefore = null, now }) {
  const routine = source.kind === 'routine';
  return {
    id,
    date: new Date(now).toISOString(),
    kind: routine ? 'routine' : source.muscleSlug ? 'muscle' : 'custom',
    // An own routine's slug ("own:<id>") names nothing outside this device: no slug is kept.
    slug: routine ? (source.slug.startsWith('own:') ? null : source.slug) : source.muscleSlug || null,
    title: String(title).slice(0, 120),
    seconds: summary.seconds,
    points: summary.points,
    painBefore: painValue(painBefore),
    painAfter: null,
    note: '',
  };
}

// The words for a save's result; `what` names what was saved ("Pain rating", "Note").
export function savedMessage(saved, what = 'Changes') {
  if (saved.ok) return `${what} saved.`;
  if (saved.reason === 'quota') return "Not saved: your phone's storage is full. Export and delete old entries, then try again.";
  if (saved.reason === 'unreadable') {
    return 'Not saved: the history on this device was written in a form this version cannot read. Update the app.';
  }
  return 'Not saved: storage is turned off in this browser.';
}
