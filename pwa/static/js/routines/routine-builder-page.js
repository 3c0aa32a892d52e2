import { MAX_STEPS, loadRoutines } from './routine-model.js';
import { toRows, stepCount } from './routine-store.js';
import { clampDose } from '../engines/routine-link.js';
import { loadTimerData, showDataMissing } from '../timer/timer-data.js';
import { setUpFinder } from './builder-find.js';
import { setUpSteps, withoutChanged } from './builder-steps.js';
import { renderSummary, setUpSave } from './builder-save.js';

// /routines/new: build one of your own routines, or edit one (?id=<id>). The page's words and
// each step's controls are in the template; the parts a person sees are modules of their own
// (builder-find.js: find a muscle; builder-steps.js: the step list; builder-save.js: totals
// and Save), wired here to one shared state: a list of rows (a row is a step, "both" sides
// counting as two), saved through routine-store.js.

const builderRoot = document.querySelector('[data-builder]');
if (builderRoot) {
  loadTimerData(builderRoot).then((loaded) => {
    if (loaded.ok) setUpBuilder(builderRoot, loaded.data);
    else showDataMissing(builderRoot.querySelector('[data-notes]'));
  });
}

function setUpBuilder(root, data) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  const builder = {
    root,
    data,
    part,
    names: Object.fromEntries(Object.entries(data.muscles).map(([slug, m]) => [slug, m.name])),
    rows: [],
    editingId: null,
    muscleOf: (slug) => (Object.hasOwn(data.muscles, slug) ? data.muscles[slug] : null),
    status: (message) => {
      part('status').textContent = message;
    },
  };
  let nextKey = 1;

  const showEditing = () => {
    part('builder-title').textContent = part('builder-title').dataset.editTitle;
  };
  function showNote(text) {
    const notes = part('notes');
    notes.append(Object.assign(document.createElement('li'), { textContent: text }));
    notes.hidden = false;
  }

  // --- Editing an existing routine ------------------------------------------------------------

  const wanted = new URLSearchParams(location.search).get('id');
  if (wanted !== null) {
    const found = loadRoutines().find((r) => r.id === wanted);
    if (found) {
      builder.editingId = found.id;
      part('title').value = found.title;
      part('note').value = found.note;
      part('from').value = found.from || '';
      part('rest').value = found.rest;
      builder.rows = toRows(found.steps.filter((s) => builder.muscleOf(s.muscle)))
        .map((row) => ({ ...row, key: nextKey++ }));
      showEditing();
      if (builder.rows.length < toRows(found.steps).length) {
        showNote('Some steps named muscles this app no longer has; they were left out. Save to keep the rest.');
      }
    } else {
      showNote('That routine is not on this device (deleted, or saved in another browser), so this is a new one.');
    }
  }

  const steps = setUpSteps(builder, () => renderSummary(builder));

  function addMuscle(slug) {
    const muscle = builder.muscleOf(slug);
    if (!muscle) return;
    const room = MAX_STEPS - stepCount(builder.rows);
    if (room < 1) {
      builder.status('This routine is full. Remove a step to add another.');
      return;
    }
    const dose = clampDose(muscle.mode, muscle.mode === 'strokes' ? muscle.strokes : muscle.seconds);
    builder.rows.push({ key: nextKey++, muscle: slug, side: room >= 2 ? 'both' : 'none', ...withoutChanged(dose) });
    steps.render();
    builder.status(`Added ${muscle.name} as step ${builder.rows.length}${room >= 2 ? ', both sides' : ''}.`);
  }

  setUpFinder(builder, addMuscle);
  setUpSave(builder, { readTypedDoses: steps.readTypedDoses, showEditing });
  steps.render();
}
