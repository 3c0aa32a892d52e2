import { LIMITS, workSteps } from '../engines/timer-core.js';
import { strokeSeconds } from './timer-presets.js';
import { stepName } from './timer-view.js';

// The settings form under the timer: a preset's fields, or a routine's list of steps (each with
// its muscle's cautions). DOM only; timer-page.js decides what to do with a change.

export function createSettingsForm(root) {
  const form = root.querySelector('[data-settings]');
  const part = (name) => root.querySelector(`[data-${name}]`);

  function showModeFields(mode) {
    root.querySelector('[data-field="hold"]').hidden = mode !== 'hold';
    root.querySelector('[data-field="strokes"]').hidden = mode !== 'strokes';
  }

  function fieldValue(name, limits, fallback) {
    const value = Number.parseInt(form.elements[name].value, 10);
    if (Number.isNaN(value)) return fallback;
    return Math.min(Math.max(value, limits.min), limits.max);
  }

  function fillPreset(preset, muscleSlug) {
    form.elements.muscle.value = muscleSlug || '';
    form.elements.mode.value = preset.mode;
    form.elements.hold.value = preset.mode === 'hold' ? preset.seconds : form.elements.hold.value;
    form.elements.strokes.value = preset.strokes;
    form.elements.rest.value = preset.rest;
    form.elements.rounds.value = preset.rounds;
    form.elements.sides.checked = preset.sides;
    showModeFields(preset.mode);
  }

  // `cautionsFor(slug)` gives a step's muscle's cautions.
  function fillRoutine(plan, cautionsFor) {
    const items = workSteps(plan).map((step) => {
      const li = document.createElement('li');
      const head = document.createElement('strong');
      head.textContent = stepName(step);
      const how = document.createElement('span');
      how.className = 'meta';
      how.textContent = step.mode === 'strokes' ? `${step.strokes} strokes` : `${step.seconds} s hold`;
      const tip = document.createElement('p');
      tip.textContent = step.instruction;
      li.append(head, how, tip);
      const cautions = cautionsFor(step.muscle);
      if (cautions.length) {
        const care = document.createElement('p');
        care.className = 'step-cautions';
        care.textContent = `Take care: ${cautions.join(' ')}`;
        li.append(care);
      }
      return li;
    });
    part('routine-steps').replaceChildren(...items);
  }

  // The muscle list, grouped as the library is (timer-data.js muscleGroups).
  function listMuscles(groups) {
    form.elements.muscle.append(...groups.map(({ label, muscles }) => {
      const group = Object.assign(document.createElement('optgroup'), { label });
      group.append(...muscles.map(({ slug, muscle }) => new Option(String(muscle.name), slug)));
      return group;
    }));
  }

  return {
    element: form,
    listMuscles,

    show(source, plan, cautionsFor) {
      const routine = source.kind === 'routine';
      part('routine').hidden = !routine;
      root.querySelector('#settings-title').textContent = routine ? 'Steps' : 'Settings';
      part('custom').hidden = routine;
      if (routine) fillRoutine(plan, cautionsFor);
      else fillPreset(source.preset, source.muscleSlug);
    },

    chosenMuscle: () => form.elements.muscle.value || null,

    // The preset the fields describe now; a field left empty keeps the old value.
    preset(old) {
      const mode = form.elements.mode.value === 'strokes' ? 'strokes' : 'hold';
      const strokes = fieldValue('strokes', LIMITS.strokes, old.strokes);
      const hold = fieldValue('hold', LIMITS.seconds, old.mode === 'hold' ? old.seconds : 45);
      return {
        mode,
        strokes,
        seconds: mode === 'strokes' ? strokeSeconds(strokes) : hold,
        rest: fieldValue('rest', LIMITS.rest, old.rest),
        rounds: fieldValue('rounds', LIMITS.rounds, old.rounds),
        sides: form.elements.sides.checked,
      };
    },
  };
}
