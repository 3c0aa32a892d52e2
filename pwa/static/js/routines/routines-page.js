import { readRoutines } from './routine-model.js';
import { removeRoutine, restoreRoutine, duplicateRoutine } from './routine-store.js';
import { routineSeconds } from '../engines/routine-link.js';
import { formatMinutes, saveProblem } from './routine-view.js';

// /routines/: the person's own routines beside the ready-made ones (those are in the page).
// Start, edit and share are links; duplicate and delete act here, and a delete can be undone.

const ownRoot = document.querySelector('[data-own-routines]');
if (ownRoot) setUpOwnRoutines(ownRoot);

function setUpOwnRoutines(root) {
  const part = (name) => root.querySelector(`[data-own-${name}]`);
  let undo = null; // {routine, index} of the one just deleted, until the next action

  const status = (message, { canUndo = false } = {}) => {
    part('status').textContent = message;
    part('undo').hidden = !canUndo;
    if (!canUndo) undo = null;
  };

  function render(focusId = null) {
    const { routines, damaged } = readRoutines();
    part('empty').hidden = routines.length > 0;
    part('list').replaceChildren(...routines.map(item));
    const notes = part('notes');
    notes.replaceChildren();
    if (damaged.length) {
      notes.append(Object.assign(document.createElement('li'), {
        textContent: `${damaged.length} saved ${damaged.length === 1 ? 'routine is' : 'routines are'} damaged and cannot be shown. They will be dropped the next time you save.`,
      }));
    }
    notes.hidden = damaged.length === 0;
    if (focusId) part('list').querySelector(`[data-id="${CSS.escape(focusId)}"] a`)?.focus();
  }

  function item(routine) {
    const li = part('template').content.firstElementChild.cloneNode(true);
    // Links in a <template> clone have no base URL yet, so no .pathname: read the attribute.
    const point = (link, key) => {
      link.href = `${link.getAttribute('href')}?${key}=${encodeURIComponent(routine.id)}`;
    };
    li.dataset.id = routine.id;
    li.querySelector('[data-own-title]').textContent = routine.title;
    const start = li.querySelector('[data-own-start]');
    point(start, 'own');
    start.setAttribute('aria-label', `Start ${routine.title}`);
    for (const name of ['edit', 'share', 'remind']) {
      point(li.querySelector(`[data-own-${name}]`), 'id');
    }
    const remind = li.querySelector('[data-own-remind]');
    remind.href = `${remind.getAttribute('href')}#calendar`; // its share page, the form open
    for (const which of li.querySelectorAll('[data-which]')) which.textContent = ` ${routine.title}`;
    const note = li.querySelector('[data-own-note]');
    note.textContent = routine.note;
    note.hidden = !routine.note;
    const steps = routine.steps.length;
    li.querySelector('[data-own-meta]').textContent =
      `About ${formatMinutes(routineSeconds(routine))} · ${steps} ${steps === 1 ? 'step' : 'steps'} · ${routine.rest} s rest`;
    li.querySelector('[data-own-duplicate]').addEventListener('click', () => duplicate(routine));
    li.querySelector('[data-own-delete]').addEventListener('click', () => remove(routine));
    return li;
  }

  function duplicate(routine) {
    const result = duplicateRoutine(routine.id);
    if (!result.ok) {
      status(saveProblem(result.reason));
      return;
    }
    render(result.routine.id);
    status(`Made "${result.routine.title}". Edit it to change it.`);
  }

  function remove(routine) {
    const result = removeRoutine(routine.id);
    if (!result.ok) {
      status(result.reason === 'missing' ? saveProblem('missing') : 'That routine could not be deleted: storage is not available.');
      return;
    }
    render();
    undo = { routine: result.routine, index: result.index };
    status(`Deleted "${routine.title}".`, { canUndo: true });
    part('undo').focus();
  }

  part('undo').addEventListener('click', () => {
    if (!undo) return;
    const { routine, index } = undo;
    const saved = restoreRoutine(routine, index);
    if (!saved.ok) {
      status(saveProblem(saved.reason));
      return;
    }
    render(routine.id);
    status(`"${routine.title}" is back.`);
  });

  // Another tab (the builder) may have saved meanwhile.
  addEventListener('pageshow', (event) => {
    if (event.persisted) render();
  });
  render();
}
