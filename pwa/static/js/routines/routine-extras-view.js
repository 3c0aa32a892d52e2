// What the timer shows around a routine's steps: the note it carries (own routines and shared
// links; always plain text) and the cautions of every muscle it presses, before the first step,
// as the routine pages list them. `muscles[slug].cautions` are titles, in cautions.yaml order.

export function routineCautions(routine, muscles) {
  const titles = [];
  for (const step of routine.steps) {
    const muscle = Object.hasOwn(muscles, step.muscle) ? muscles[step.muscle] : null;
    for (const title of muscle?.cautions || []) if (!titles.includes(title)) titles.push(title);
  }
  return titles;
}

export function showRoutineExtras(root, routine, muscles) {
  const note = root.querySelector('[data-routine-note]');
  const box = root.querySelector('[data-routine-cautions]');
  if (!note || !box) return;
  note.textContent = routine?.note || '';
  note.hidden = !note.textContent;
  const titles = routine ? routineCautions(routine, muscles) : [];
  box.querySelector('ul').replaceChildren(...titles.map((title) =>
    Object.assign(document.createElement('li'), { textContent: title })));
  box.hidden = titles.length === 0;
}
