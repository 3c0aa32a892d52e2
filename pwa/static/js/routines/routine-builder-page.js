import { LIMITS, planFromRoutine, doseWarnings } from '../engines/timer-core.js';
import { MAX_STEPS, loadRoutines } from './routine-model.js';
import { newRoutineId, putRoutine, toRows, fromRows, stepCount } from './routine-store.js';
import { cleanText, clampDose, routineSeconds, MAX_TITLE, MAX_NOTE, MAX_STEP_NOTE, MAX_FROM } from '../engines/routine-link.js';
import { jsonOnce } from '../shell/json-once.js';
import { showCautions, formatMinutes, saveProblem } from './routine-view.js';
import { fold } from '../engines/search-core.js';
import { loadTimerData, showDataMissing, muscleGroups } from '../timer/timer-data.js';

// /routines/new: build one of your own routines, or edit one (?id=<id>). The page's words and
// each step's controls are in the template; this wires them to a list of rows (a row is a step,
// "both" sides counting as two) and saves through routine-store.js.

const builderRoot = document.querySelector('[data-builder]');
if (builderRoot) {
  loadTimerData(builderRoot).then((loaded) => {
    if (loaded.ok) setUpBuilder(builderRoot, loaded.data);
    else showDataMissing(builderRoot.querySelector('[data-notes]'));
  });
}

function setUpBuilder(root, data) {
  const part = (name) => root.querySelector(`[data-${name}]`);
  const form = part('builder-form');
  const list = part('steps');
  const names = Object.fromEntries(Object.entries(data.muscles).map(([slug, m]) => [slug, m.name]));
  let rows = [];
  let nextKey = 1;
  let editingId = null;

  const muscleOf = (slug) => (Object.hasOwn(data.muscles, slug) ? data.muscles[slug] : null);
  const status = (message) => {
    part('status').textContent = message;
  };

  // --- Editing an existing routine ------------------------------------------------------------

  const wanted = new URLSearchParams(location.search).get('id');
  if (wanted !== null) {
    const found = loadRoutines().find((r) => r.id === wanted);
    if (found) {
      editingId = found.id;
      part('title').value = found.title;
      part('note').value = found.note;
      part('from').value = found.from || '';
      part('rest').value = found.rest;
      rows = toRows(found.steps.filter((s) => muscleOf(s.muscle))).map((row) => ({ ...row, key: nextKey++ }));
      showEditing();
      if (rows.length < toRows(found.steps).length) {
        showNote('Some steps named muscles this app no longer has; they were left out. Save to keep the rest.');
      }
    } else {
      showNote('That routine is not on this device (deleted, or saved in another browser), so this is a new one.');
    }
  }

  function showEditing() {
    part('builder-title').textContent = part('builder-title').dataset.editTitle;
  }

  function showNote(text) {
    const notes = part('notes');
    notes.append(Object.assign(document.createElement('li'), { textContent: text }));
    notes.hidden = false;
  }

  // --- Finding and adding muscles -------------------------------------------------------------

  // The muscles to pick from, grouped as the library is (timer-data.js muscleGroups); each is
  // found by its name, its anatomical name or its group.
  function listPicks() {
    const groupTemplate = part('group-template').content.firstElementChild;
    const pickTemplate = part('pick-template').content.firstElementChild;
    part('picks').replaceChildren(...muscleGroups(data).map(({ label, muscles }) => {
      const group = groupTemplate.cloneNode(true);
      group.querySelector('h3').textContent = label;
      const items = muscles.map(({ slug, muscle }) => {
        const pick = pickTemplate.cloneNode(true);
        pick.dataset.pick = fold(`${muscle.name} ${muscle.anatomical || ''} ${label}`);
        pick.querySelector('[data-add]').dataset.add = slug;
        pick.querySelector('[data-pick-name]').textContent = muscle.name;
        return pick;
      });
      group.querySelector('ul').append(...items);
      return group;
    }));
    return [...part('picks').querySelectorAll('[data-pick]')];
  }
  const picks = listPicks();
  form.hidden = false;

  // Body parts and everyday words ("heel", "jaw", "shoulder blade", "traps") are the symptom
  // finder's: its index and engine (search-core.js, with its synonyms and typo correction) say
  // which muscles a query means. Loaded on the first keystroke; until then, and offline without
  // it, names alone are matched.
  let finder = null;
  let finderAsked = false;
  function loadFinder() {
    if (finderAsked) return;
    finderAsked = true;
    // search-core.js is a bundle of its own (data-module), so the page's first bytes stay few.
    Promise.all([import(root.dataset.module), jsonOnce(root.dataset.indexUrl)])
      .then(([{ prepare, search }, index]) => {
        finder = { prepared: prepare({ ...index, sections: [] }), search };
        filter();
      })
      .catch(() => {
        finderAsked = false;
      });
  }
  const finderSlugs = (query) => {
    if (!finder || !query.trim()) return new Set();
    try {
      return new Set(finder.search(finder.prepared, query).muscles.map((m) => m.slug));
    } catch {
      return new Set();
    }
  };

  function filter() {
    const words = fold(part('find').value).split(/\s+/).filter(Boolean);
    const named = (pick) => words.every((word) => pick.dataset.pick.includes(word));
    // Names first; only when no name matches does the finder's reading of the words decide, so a
    // typed name never brings in muscles it does not name.
    const meant = picks.some(named) ? new Set() : finderSlugs(part('find').value);
    let shown = 0;
    for (const pick of picks) {
      const match = named(pick) || meant.has(pick.querySelector('[data-add]').dataset.add);
      pick.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of root.querySelectorAll('[data-group]')) {
      group.hidden = !group.querySelector('[data-pick]:not([hidden])');
    }
    part('find-none').hidden = shown > 0;
    part('find-count').textContent = words.length ? `${shown} ${shown === 1 ? 'muscle matches' : 'muscles match'}.` : '';
  }

  part('find').addEventListener('input', () => {
    loadFinder();
    filter();
  });
  // Enter in the search box must not save the form: it adds the only match, or goes to the list.
  part('find').addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const visible = picks.filter((pick) => !pick.hidden);
    if (visible.length === 1) addMuscle(visible[0].querySelector('[data-add]').dataset.add);
    else visible[0]?.querySelector('button').focus();
  });

  root.addEventListener('click', (event) => {
    const add = event.target.closest('[data-add]');
    if (add) addMuscle(add.dataset.add);
  });

  function addMuscle(slug) {
    const muscle = muscleOf(slug);
    if (!muscle) return;
    const room = MAX_STEPS - stepCount(rows);
    if (room < 1) {
      status('This routine is full. Remove a step to add another.');
      return;
    }
    const dose = clampDose(muscle.mode, muscle.mode === 'strokes' ? muscle.strokes : muscle.seconds);
    rows.push({ key: nextKey++, muscle: slug, side: room >= 2 ? 'both' : 'none', ...withoutChanged(dose) });
    renderSteps();
    status(`Added ${muscle.name} as step ${rows.length}${room >= 2 ? ', both sides' : ''}.`);
  }

  const withoutChanged = ({ changed, ...dose }) => dose;

  // --- The steps --------------------------------------------------------------------------------

  function renderSteps(focus = null) {
    const template = part('step-template');
    list.replaceChildren(...rows.map((row, index) => {
      const li = template.content.firstElementChild.cloneNode(true);
      const id = `step-${row.key}`;
      const muscle = muscleOf(row.muscle);
      li.dataset.key = row.key;
      li.querySelector('[data-step-number]').textContent = `Step ${index + 1}:`;
      li.querySelector('[data-step-name]').textContent = muscle.name;
      for (const which of li.querySelectorAll('[data-which]')) which.textContent = `step ${index + 1}, ${muscle.name}`;
      for (const name of ['side', 'mode', 'amount', 'note']) {
        li.querySelector(`[data-field="${name}"]`).id = `${id}-${name}`;
        li.querySelector(`[data-label="${name}"]`).htmlFor = `${id}-${name}`;
      }
      // A note about the dose (changed to fit, not a number) is read with its field.
      li.querySelector('[data-dose-note]').id = `${id}-dose-note`;
      li.querySelector('[data-field="amount"]').setAttribute('aria-describedby', `${id}-dose-note`);
      li.querySelector('[data-field="side"]').setAttribute('aria-describedby', `${id}-dose-note`);
      li.querySelector('[data-field="side"]').value = row.side;
      li.querySelector('[data-field="mode"]').value = row.mode;
      li.querySelector('[data-field="note"]').value = row.note || '';
      fillAmount(li, row);
      const titles = muscle.cautions.map((key) => data.cautions[key]).filter(Boolean);
      const cautions = li.querySelector('[data-step-cautions]');
      cautions.querySelector('span').textContent = titles.length ? `${titles.join('. ')}.` : '';
      cautions.hidden = titles.length === 0;
      li.querySelector('[data-move="-1"]').disabled = index === 0;
      li.querySelector('[data-move="1"]').disabled = index === rows.length - 1;
      return li;
    }));
    part('steps-empty').hidden = rows.length > 0;
    if (focus) {
      const li = list.querySelector(`[data-key="${focus.key}"]`);
      const target = li && focus.selectors.flatMap((selector) => [...li.querySelectorAll(selector)]).find((b) => !b.disabled);
      (target || part('find')).focus();
    }
    renderSummary();
  }

  function fillAmount(li, row) {
    const input = li.querySelector('[data-field="amount"]');
    const label = li.querySelector('[data-label="amount"]');
    const limits = row.mode === 'strokes' ? LIMITS.strokes : LIMITS.seconds;
    label.textContent = label.dataset[row.mode === 'strokes' ? 'strokes' : 'hold'];
    Object.assign(input, { min: limits.min, max: limits.max, step: row.mode === 'strokes' ? 1 : 5 });
    input.value = row.mode === 'strokes' ? row.strokes : row.seconds;
  }

  const rowOf = (node) => {
    const li = node.closest('[data-key]');
    return li ? rows.find((row) => String(row.key) === li.dataset.key) : null;
  };

  list.addEventListener('input', (event) => {
    const row = rowOf(event.target);
    if (row && event.target.dataset.field === 'note') row.note = cleanText(event.target.value, MAX_STEP_NOTE);
  });

  list.addEventListener('change', (event) => {
    const row = rowOf(event.target);
    if (!row) return;
    const li = event.target.closest('[data-key]');
    const field = event.target.dataset.field;
    if (field === 'note') return;
    const note = li.querySelector('[data-dose-note]');
    note.hidden = true;
    if (field === 'side') {
      const extra = (event.target.value === 'both' ? 2 : 1) - (row.side === 'both' ? 2 : 1);
      if (stepCount(rows) + extra > MAX_STEPS) {
        event.target.value = row.side;
        showDoseNote(note, 'No room for both sides: a routine has at most 20 single-side steps.');
        return;
      }
      row.side = event.target.value;
    } else if (field === 'mode') {
      // A new mode starts from the muscle's usual dose in that mode (its content file has both).
      const muscle = muscleOf(row.muscle);
      const mode = event.target.value === 'strokes' ? 'strokes' : 'hold';
      delete row.strokes;
      Object.assign(row, withoutChanged(clampDose(mode, mode === 'strokes' ? muscle.strokes : muscle.seconds)));
      fillAmount(li, row);
    } else if (field === 'amount') {
      readAmount(li, row, note);
    }
    renderSummary();
  });

  // A typed dose is kept within the timer's rules, and the person is told when it moved.
  function readAmount(li, row, note) {
    const input = li.querySelector('[data-field="amount"]');
    const typed = Number.parseInt(input.value, 10);
    const old = row.mode === 'strokes' ? row.strokes : row.seconds;
    const dose = clampDose(row.mode, Number.isNaN(typed) ? old : typed);
    delete row.strokes;
    Object.assign(row, withoutChanged(dose));
    fillAmount(li, row);
    if (Number.isNaN(typed)) {
      showDoseNote(note, 'That was not a whole number, so it stays as it was.');
    } else if (dose.changed) {
      const { min, max } = row.mode === 'strokes' ? LIMITS.strokes : LIMITS.seconds;
      showDoseNote(note, row.mode === 'strokes'
        ? `Set to ${dose.strokes} strokes: ${min} to ${max} slow strokes work on a point.`
        : `Set to ${dose.seconds} seconds: a hold is ${min} to ${max} seconds.${typed > max ? ' Longer on one point can irritate it.' : ''}`);
    }
  }

  // Shown under its field (tied by aria-describedby) and said once through the form's status.
  function showDoseNote(note, text) {
    note.textContent = text;
    note.hidden = false;
    status(text);
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    const row = button && rowOf(button);
    if (!row) return;
    const index = rows.indexOf(row);
    if (button.dataset.move) {
      const to = index + Number(button.dataset.move);
      if (to < 0 || to >= rows.length) return;
      rows.splice(index, 1);
      rows.splice(to, 0, row);
      // Focus stays on the same button of the moved step, so a second Enter moves it again; at
      // the top or the bottom, where that button is off, on the other one.
      renderSteps({ key: row.key, selectors: [`[data-move="${button.dataset.move}"]`, '[data-move]'] });
      status(`${muscleOf(row.muscle).name} is now step ${to + 1} of ${rows.length}.`);
    } else if (button.hasAttribute('data-remove')) {
      rows.splice(index, 1);
      const neighbour = rows[index] || rows[index - 1];
      renderSteps(neighbour ? { key: neighbour.key, selectors: ['[data-remove]'] } : { key: -1, selectors: [] });
      status(`Removed ${muscleOf(row.muscle).name}. ${rows.length} ${rows.length === 1 ? 'step' : 'steps'} left.`);
    }
  });

  // --- Totals, warnings, cautions -------------------------------------------------------------

  function current() {
    const rest = Number.parseInt(part('rest').value, 10);
    return {
      title: cleanText(part('title').value, MAX_TITLE),
      note: cleanText(part('note').value, MAX_NOTE, { keepNewlines: true }),
      ...(cleanText(part('from').value, MAX_FROM) ? { from: cleanText(part('from').value, MAX_FROM) } : {}),
      rest: Number.isNaN(rest) ? 10 : Math.min(Math.max(rest, LIMITS.rest.min), LIMITS.rest.max),
      steps: fromRows(rows).map(({ key, note, ...step }) => (note ? { ...step, note } : step)),
    };
  }

  function renderSummary() {
    const routine = current();
    const count = routine.steps.length;
    part('total').textContent = count
      ? `${count} ${count === 1 ? 'point' : 'points'}, about ${formatMinutes(routineSeconds(routine))} in all.`
      : '';
    const warnings = count ? doseWarnings(planFromRoutine(routine, names)) : [];
    const box = part('warnings');
    box.replaceChildren(...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
    box.hidden = warnings.length === 0;
    part('full').hidden = stepCount(rows) < MAX_STEPS;
    for (const button of root.querySelectorAll('[data-add]')) button.disabled = stepCount(rows) >= MAX_STEPS;
    showCautions(root, routine.steps, data.muscles);
  }

  part('rest').addEventListener('change', () => {
    part('rest').value = current().rest;
    renderSummary();
  });

  function countNote() {
    const left = MAX_NOTE - part('note').value.length;
    part('note-count').textContent = `${left} ${left === 1 ? 'character' : 'characters'} left.`;
  }
  part('note').addEventListener('input', countNote);

  // --- Saving -----------------------------------------------------------------------------------

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A dose typed and then saved with Enter may not have fired "change" yet.
    for (const li of list.querySelectorAll('[data-key]')) {
      const row = rowOf(li);
      const input = li.querySelector('[data-field="amount"]');
      if (String(row.mode === 'strokes' ? row.strokes : row.seconds) !== input.value) {
        readAmount(li, row, li.querySelector('[data-dose-note]'));
      }
    }
    const routine = current();
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
    const id = editingId || newRoutineId();
    const saved = putRoutine({ id, ...routine, updated: Date.now() });
    if (!saved.ok) {
      status(saveProblem(saved.reason));
      part('after-save').hidden = true;
      return;
    }
    editingId = id;
    part('title').value = routine.title;
    history.replaceState(null, '', `${location.pathname}?id=${encodeURIComponent(id)}`);
    showEditing();
    status(`Saved "${routine.title}" on this device.`);
    part('start-link').href = `${part('start-link').pathname}?own=${encodeURIComponent(id)}`;
    part('share-link').href = `${part('share-link').pathname}?id=${encodeURIComponent(id)}`;
    part('after-save').hidden = false;
  });

  filter();
  countNote();
  renderSteps();
}
