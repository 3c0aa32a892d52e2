import { LIMITS, planFromRoutine, doseWarnings } from '../engines/timer-core.js';
import { MAX_STEPS } from './routine-model.js';
import { newRoutineId, putRoutine, fromRows, stepCount } from './routine-store.js';
import { cleanText, routineSeconds, MAX_TITLE, MAX_NOTE, MAX_FROM } from '../engines/routine-link.js';
import { showCautions, formatMinutes, saveProblem } from './routine-view.js';

// The builder's routine as a whole: its name, note, "from" line and rest read from the form;
// the totals, warnings and cautions under the steps; Save, then the links to start and share
// it. `builder` is the page's shared state (routine-builder-page.js).

export function currentRoutine({ part, rows }) {
  const rest = Number.parseInt(part('rest').value, 10);
  return {
    title: cleanText(part('title').value, MAX_TITLE),
    note: cleanText(part('note').value, MAX_NOTE, { keepNewlines: true }),
    ...(cleanText(part('from').value, MAX_FROM) ? { from: cleanText(part('from').value, MAX_FROM) } : {}),
    rest: Number.isNaN(rest) ? 10 : Math.min(Math.max(rest, LIMITS.rest.min), LIMITS.rest.max),
    steps: fromRows(rows).map(({ key, note, ...step }) => (note ? { ...step, note } : step)),
  };
}

export function renderSummary(builder) {
  const { root, part, data, rows } = builder;
  const routine = currentRoutine(builder);
  const count = routine.steps.length;
  part('total').textContent = count
    ? `${count} ${count === 1 ? 'point' : 'points'}, about ${formatMinutes(routineSeconds(routine))} in all.`
    : '';
  const warnings = count ? doseWarnings(planFromRoutine(routine, builder.names)) : [];
  const box = part('warnings');
  box.replaceChildren(...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
  box.hidden = warnings.length === 0;
  part('full').hidden = stepCount(rows) < MAX_STEPS;
  for (const button of root.querySelectorAll('[data-add]')) button.disabled = stepCount(rows) >= MAX_STEPS;
  showCautions(root, routine.steps, data.muscles);
}

// `readTypedDoses()` first takes in what the step list's fields hold; `showEditing()` retitles
// the page once the routine is saved.
export function setUpSave(builder, { readTypedDoses, showEditing }) {
  const { part, status } = builder;

  part('rest').addEventListener('change', () => {
    part('rest').value = currentRoutine(builder).rest;
    renderSummary(builder);
  });

  function countNote() {
    const left = MAX_NOTE - part('note').value.length;
    part('note-count').textContent = `${left} ${left === 1 ? 'character' : 'characters'} left.`;
  }
  part('note').addEventListener('input', countNote);

  part('builder-form').addEventListener('submit', (event) => {
    event.preventDefault();
    readTypedDoses();
    const routine = currentRoutine(builder);
    const titleError = part('title-error');
    titleError.hidden = Boolean(routine.title);
    part('title').setAttribute('aria-invalid', String(!routine.title));
    if (!routine.title) {
      status('Not saved yet: give the routine a name.');
      part('title').focus();
      return;
    }
    if (!routine.steps.length) {
      status('Not saved yet: add at least one muscle.');
      part('find').focus();
      return;
    }
    const id = builder.editingId || newRoutineId();
    const saved = putRoutine({ id, ...routine, updated: Date.now() });
    if (!saved.ok) {
      status(saveProblem(saved.reason));
      part('after-save').hidden = true;
      return;
    }
    builder.editingId = id;
    part('title').value = routine.title;
    history.replaceState(null, '', `${location.pathname}?id=${encodeURIComponent(id)}`);
    showEditing();
    status(`Saved "${routine.title}" on this device.`);
    part('start-link').href = `${part('start-link').pathname}?own=${encodeURIComponent(id)}`;
    part('share-link').href = `${part('share-link').pathname}?id=${encodeURIComponent(id)}`;
    part('after-save').hidden = false;
  });

  countNote();
}
