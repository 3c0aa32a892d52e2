// What the own-routine pages share: showing the cautions of the muscles a routine presses (their
// words are in the page, hidden, from templates/timer/_own_routine.html), a duration, and why a
// save failed.

// `muscles[slug].cautions` are keys of cautions.yaml; the page lists every caution in its order.
export function showCautions(root, steps, muscles) {
  const box = root.querySelector('[data-cautions]');
  if (!box) return;
  const keys = new Set();
  for (const step of steps) {
    if (Object.hasOwn(muscles, step.muscle)) for (const key of muscles[step.muscle].cautions) keys.add(key);
  }
  for (const caution of box.querySelectorAll('[data-caution]')) caution.hidden = !keys.has(caution.dataset.caution);
  box.hidden = keys.size === 0;
}

export function formatMinutes(seconds) {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} min`;
}

// The words for routine-store.js's {ok: false, reason}.
export function saveProblem(reason) {
  return {
    quota: "Not saved: your phone's storage is full. Delete a routine or export and delete old history, then try again.",
    unavailable: 'Not saved: this browser does not allow saving (private browsing, or storage turned off).',
    full: 'Not saved: you already have 100 routines. Delete one first.',
    missing: 'That routine is no longer on this device.',
  }[reason] || 'Not saved: something in this routine is not valid.';
}
