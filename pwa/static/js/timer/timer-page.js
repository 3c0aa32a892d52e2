import { KEYS, readJSON } from '../shell/storage.js';
import { doseWarnings, totalMs, workSteps } from '../engines/timer-core.js';
import { readTimerUrl, presetQuery, presetOf, asksForOwnRoutine } from './timer-presets.js';
import { planOf, sourceName, muscleOf, cautionsOf, routineOf } from './timer-source.js';
import { showRoutineExtras } from '../routines/routine-extras-view.js';
import { createTimerView, measureBars } from './timer-view.js';
import { createSettingsForm } from './timer-form.js';
import { loadTimerData, withCautionTitles, showDataMissing, muscleGroups } from './timer-data.js';

// The timer page: shows what will be timed (from the link, the settings or a session in
// progress) with its cautions, and keeps the settings form. The session itself (timing, cues,
// the diary, the person's own routines) is timer-run.js, a file of its own that loads right
// after the first paint, so the page's first bytes stay few; a tap on Start before it has
// arrived waits for it, and so does a link to an own routine or a session in progress.

const timerRoot = document.querySelector('[data-timer]');
if (timerRoot) {
  const runModule = import(timerRoot.dataset.module);
  runModule.catch(() => {}); // said on the page once it is drawn
  loadTimerData(timerRoot).then((loaded) => {
    if (loaded.ok) setUpTimer(timerRoot, withCautionTitles(loaded.data), runModule);
    else showDataMissing(timerRoot.querySelector('[data-notes]'));
  });
}

function setUpTimer(root, data, runModule) {
  const view = createTimerView(root);
  measureBars(root);
  const form = createSettingsForm(root);
  form.listMuscles(muscleGroups(data));

  let source = null; // {kind: 'preset', preset, muscleSlug} or {kind: 'routine', slug}
  let plan = [];
  let runner = null; // timer-run.js's, once loaded

  // The muscle a segment works (a rest: the next one), as the view shows it.
  function muscleShown(slug) {
    const muscle = slug ? muscleOf(data, slug) : null;
    return muscle ? { slug, name: muscle.name, cautions: cautionsOf(data, slug),
      picture: typeof muscle.picture === 'string' ? muscle.picture : '' } : null;
  }

  const title = () => (source.kind === 'preset' && source.muscleSlug ? `Timer: ${sourceName(source, data)}` : sourceName(source, data));

  function renderPlanInfo() {
    view.renderPlanInfo({
      warnings: doseWarnings(plan, runner ? runner.sessionsToday() : 0),
      points: workSteps(plan).length,
      seconds: Math.round(totalMs(plan) / 1000),
    });
  }

  function applySource(next) {
    runner?.closeEntry();
    source = next;
    plan = planOf(source, data);
    view.setHeading(title());
    form.show(source, plan, (slug) => cautionsOf(data, slug));
    showRoutineExtras(root, source.kind === 'routine' ? routineOf(data, source.slug) : null, data.muscles);
    renderPlanInfo();
    view.renderReady(plan[0], muscleShown(plan[0].muscle));
    runner?.sourceShown(source);
  }

  form.element.addEventListener('change', (event) => {
    if (source.kind !== 'preset' || root.dataset.state === 'running' || root.dataset.state === 'paused') return;
    let next;
    if (event.target.name === 'muscle') {
      const slug = form.chosenMuscle();
      const muscle = slug ? muscleOf(data, slug) : null;
      next = { kind: 'preset', preset: muscle ? presetOf(muscle) : source.preset, muscleSlug: muscle ? slug : null };
    } else {
      next = { ...source, preset: form.preset(source.preset) };
    }
    view.showNotes([]);
    history.replaceState(null, '', location.pathname + presetQuery(next.preset, next.muscleSlug));
    applySource(next);
  });
  form.element.addEventListener('submit', (event) => event.preventDefault());

  function fromUrl(restoreNote) {
    const wanted = readTimerUrl(location.search, data, runner ? runner.ownRoutines : new Map());
    applySource(wanted.kind === 'routine'
      ? { kind: 'routine', slug: wanted.slug }
      : { kind: 'preset', preset: wanted.preset, muscleSlug: wanted.muscleSlug });
    view.showNotes([restoreNote, ...wanted.notes].filter(Boolean));
  }

  const page = { root, data, view, source: () => source, applySource, renderPlanInfo, muscleShown };
  const running = runModule.then(({ createRunner }) => {
    runner = createRunner(page);
    if (source) runner.sourceShown(source);
    return runner;
  });
  const failed = () => view.addNote('The timer could not finish loading. Check your connection and reload the page.');

  // Start works from the first paint: the tap that unlocks sound on a phone must reach the
  // runner in the same task, so it is called directly once loaded.
  view.button('start').addEventListener('click', () => {
    if (runner) runner.begin();
    else running.then((loaded) => loaded.begin(), () => {});
  });

  // A session in progress comes back, and an own routine is the runner's to find, so for those
  // the page waits for the runner before it draws; otherwise the link's preset shows at once,
  // and its totals are drawn again once the runner can count today's sessions.
  if (readJSON(KEYS.running, null) === null && !asksForOwnRoutine(location.search)) {
    fromUrl(null);
    running.then(() => renderPlanInfo(), failed);
  } else {
    running.then((loaded) => {
      const restored = loaded.restore();
      if (!restored.ok) fromUrl(restored.note);
    }, () => {
      fromUrl(null);
      failed();
    });
  }
}
