import { LIMITS } from '../engines/timer-core.js';
import { MAX_STEPS } from './routine-model.js';
import { stepCount } from './routine-store.js';
import { cleanText, clampDose, MAX_STEP_NOTE } from '../engines/routine-link.js';

// The builder's step list: each row's card (side, hold or strokes, its dose, its note, its
// cautions), Move up, Move down and Remove. `builder.rows` is the list (a row is a step, "both"
// sides counting as two); `changed()` redraws the totals after any change.

export const withoutChanged = ({ changed, ...dose }) => dose;

export function setUpSteps(builder, changed) {
  const { part, data, status, muscleOf } = builder;
  const list = part('steps');

  function render(focus = null) {
    const { rows } = builder;
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
    changed();
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
    return li ? builder.rows.find((row) => String(row.key) === li.dataset.key) : null;
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
      if (stepCount(builder.rows) + extra > MAX_STEPS) {
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
    changed();
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
    const { rows } = builder;
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
      render({ key: row.key, selectors: [`[data-move="${button.dataset.move}"]`, '[data-move]'] });
      status(`${muscleOf(row.muscle).name} is now step ${to + 1} of ${rows.length}.`);
    } else if (button.hasAttribute('data-remove')) {
      rows.splice(index, 1);
      const neighbour = rows[index] || rows[index - 1];
      render(neighbour ? { key: neighbour.key, selectors: ['[data-remove]'] } : { key: -1, selectors: [] });
      status(`Removed ${muscleOf(row.muscle).name}. ${rows.length} ${rows.length === 1 ? 'step' : 'steps'} left.`);
    }
  });

  // A dose typed and then saved with Enter may not have fired "change" yet.
  function readTypedDoses() {
    for (const li of list.querySelectorAll('[data-key]')) {
      const row = rowOf(li);
      const input = li.querySelector('[data-field="amount"]');
      if (String(row.mode === 'strokes' ? row.strokes : row.seconds) !== input.value) {
        readAmount(li, row, li.querySelector('[data-dose-note]'));
      }
    }
  }

  return { render, readTypedDoses };
}
