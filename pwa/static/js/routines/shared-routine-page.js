import { planFromRoutine, doseWarnings, sideLabel } from '../engines/timer-core.js';
import { loadRoutines, TRIAL_ID } from './routine-model.js';
import { newRoutineId, putRoutine, saveTrial } from './routine-store.js';
import { decodeRoutine, encodeRoutine, routineSeconds } from '../engines/routine-link.js';
import { showCautions, formatMinutes, saveProblem } from './routine-view.js';
import { loadTimerData, DATA_MISSING } from '../timer/timer-data.js';

// /routines/shared#v=1&…: a routine carried in a link's fragment (the server never sees it).
// Everything in it is untrusted: routine-link.js decodes and checks it, the page shows it with
// textContent only, and nothing is saved until the person asks. A broken link saves nothing.

const sharedRoot = document.querySelector('[data-shared]');
if (sharedRoot) {
  loadTimerData(sharedRoot).then((loaded) => {
    if (loaded.ok) setUpShared(sharedRoot, loaded.data);
    else {
      sharedRoot.querySelector('[data-shared-error-text]').textContent = DATA_MISSING;
      sharedRoot.querySelector('[data-shared-error]').hidden = false;
    }
  }).finally(() => {
    // The safety note and the small print show now, below what was drawn (routines.css).
    sharedRoot.dataset.sharedReady = '';
  });
}

function setUpShared(root, data) {
  const part = (name) => root.querySelector(`[data-shared-${name}]`);
  const names = Object.fromEntries(Object.entries(data.muscles).map(([slug, m]) => [slug, m.name]));
  let routine = null;

  const status = (message) => {
    part('status').textContent = message;
  };

  function show() {
    const result = decodeRoutine(location.hash, data.muscles);
    routine = result.ok ? result.routine : null;
    part('error').hidden = result.ok;
    part('preview').hidden = !result.ok;
    part('kicker').hidden = !result.ok;
    part('title').textContent = result.ok ? result.routine.title : part('title').dataset.sharedDefaultTitle;
    status('');
    part('saved').hidden = true;
    if (!result.ok) {
      part('error-text').textContent = result.error;
      return;
    }
    part('from').textContent = routine.from ? `From ${routine.from}` : '';
    part('from').hidden = !routine.from;
    const steps = routine.steps.length;
    part('meta').textContent = `About ${formatMinutes(routineSeconds(routine))} · ${steps} ${steps === 1 ? 'step' : 'steps'} · ${routine.rest} s rest between them`;
    listInto(part('notes'), result.notes);
    part('note').textContent = routine.note;
    part('note-box').hidden = !routine.note;
    showCautions(root, routine.steps, data.muscles);
    listInto(part('warnings'), doseWarnings(planFromRoutine(routine, names)));
    const template = part('step');
    part('steps').replaceChildren(...routine.steps.map((step) => {
      const li = template.content.firstElementChild.cloneNode(true);
      li.querySelector('[data-step-head]').textContent = [names[step.muscle], sideLabel(step.side)].filter(Boolean).join(' · ');
      li.querySelector('[data-step-dose]').textContent = step.mode === 'strokes' ? `${step.strokes} slow strokes` : `${step.seconds} s hold`;
      const note = li.querySelector('[data-step-note]');
      note.textContent = step.note || '';
      note.hidden = !step.note;
      return li;
    }));
    const already = savedCopy();
    if (already) showSaved(already, 'This routine is already in your routines.');
  }

  function listInto(list, items) {
    list.replaceChildren(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
    list.hidden = items.length === 0;
  }

  // The same routine saved before (same steps, title, note and rest), so a second tap on the
  // link does not make a second copy.
  function savedCopy() {
    const fragment = encodeRoutine(routine);
    return loadRoutines().find((r) => encodeRoutine(r) === fragment) || null;
  }

  function showSaved(saved, message) {
    status(message);
    const start = part('start');
    start.href = `${start.pathname}?own=${encodeURIComponent(saved.id)}`;
    part('saved').hidden = false;
  }

  part('save').addEventListener('click', () => {
    if (!routine) return;
    const already = savedCopy();
    if (already) {
      showSaved(already, 'This routine is already in your routines.');
      return;
    }
    const saved = { id: newRoutineId(), ...routine, updated: Date.now() };
    const result = putRoutine(saved);
    if (result.ok) showSaved(saved, `Saved "${routine.title}" to your routines on this device.`);
    else status(saveProblem(result.reason));
  });

  part('try').addEventListener('click', (event) => {
    if (!routine) return;
    const result = saveTrial(routine);
    if (result.ok) {
      event.currentTarget.href = `${event.currentTarget.pathname}?own=${TRIAL_ID}`;
    } else {
      event.preventDefault();
      status(saveProblem(result.reason));
    }
  });

  addEventListener('hashchange', show);
  show();
}
