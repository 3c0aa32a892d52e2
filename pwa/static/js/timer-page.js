import { KEYS, readJSON, writeJSON, removeKey } from './storage.js';
import {
  LIMITS, planFromPreset, planFromRoutine, doseWarnings, totalMs, workSteps, startSession,
  elapsedMs, pauseSession, resumeSession, skipStep, sessionPosition, formatTime, sideLabel,
  cuesToPlay, sessionSummary,
} from './timer-core.js';
import { readTimerUrl, presetQuery, presetOf, strokeSeconds } from './timer-presets.js';
import { Cues } from './cues.js';
import { newId, putEntry, loadEntries, sessionsOnDay } from './diary-store.js';
import { runnableRoutines } from './routine-model.js';
import { showRoutineExtras } from './routine-extras-view.js';

// The timer page: renders the session that timer-core.js computes and wires the controls.

const TICK_MS = 200;
const RESTORE_WITHIN_MS = 12 * 60 * 60 * 1000;

const timerRoot = document.querySelector('[data-timer]');
if (timerRoot) setUpTimer(timerRoot);

function setUpTimer(root) {
  const data = JSON.parse(root.dataset.timer);
  const part = (name) => root.querySelector(`[data-${name}]`);
  const button = (action) => root.querySelector(`[data-action="${action}"]`);
  const form = part('settings');
  const names = Object.fromEntries(Object.entries(data.muscles).map(([slug, m]) => [slug, m.name]));
  const settings = { muted: false, speech: false, vibrate: true, notify: false,
    ...readJSON(KEYS.settings, {}) };
  const cues = new Cues(settings);
  const pageTitle = document.title;
  const own = runnableRoutines(data.muscles); // the person's own routines, by id

  let source = null; // {kind: 'preset', preset, muscleSlug} or {kind: 'routine', slug, own?}
  let plan = [];
  let session = null;
  let lastElapsed = -1;
  let lastIndex = -1;
  let ticker = null;
  let entry = null;
  let storageWarned = false;

  // --- Notes: what the URL asked for that we could not do, and other messages -----------------

  function showNotes(notes) {
    const list = part('notes');
    list.replaceChildren(...notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
    list.hidden = notes.length === 0;
  }

  function addNote(note) {
    const list = part('notes');
    list.append(Object.assign(document.createElement('li'), { textContent: note }));
    list.hidden = false;
  }

  // --- Source → plan ----------------------------------------------------------------------------

  function routineOf(src) {
    return src.own ? own.get(src.own) : data.routines[src.slug];
  }

  function buildPlan() {
    if (source.kind === 'routine') return planFromRoutine(routineOf(source), names);
    const muscle = source.muscleSlug ? data.muscles[source.muscleSlug] : null;
    return planFromPreset({ ...source.preset, muscle: source.muscleSlug, name: muscle?.name,
      instruction: muscle?.tip });
  }

  // What the session is: a routine's title, a muscle's name, or the plain timer.
  function sessionName() {
    if (source.kind === 'routine') return routineOf(source).title;
    if (source.muscleSlug) return data.muscles[source.muscleSlug].name;
    return 'Self-massage timer';
  }

  function title() {
    return source.kind === 'preset' && source.muscleSlug ? `Timer: ${sessionName()}` : sessionName();
  }

  function applySource(next) {
    source = next;
    plan = buildPlan();
    part('timer-title').textContent = title();
    const routine = source.kind === 'routine';
    part('routine').hidden = !routine;
    root.querySelector('#settings-title').textContent = routine ? 'Steps' : 'Settings';
    part('custom').hidden = routine;
    if (routine) renderRoutineSteps();
    else fillForm(source.preset);
    showRoutineExtras(root, routine ? routineOf(source) : null, data.muscles);
    renderPlanInfo();
    renderReady();
  }

  // --- The settings form ------------------------------------------------------------------------

  function fillForm(preset) {
    form.elements.muscle.value = source.muscleSlug || '';
    form.elements.mode.value = preset.mode;
    form.elements.hold.value = preset.mode === 'hold' ? preset.seconds : form.elements.hold.value;
    form.elements.strokes.value = preset.strokes;
    form.elements.rest.value = preset.rest;
    form.elements.rounds.value = preset.rounds;
    form.elements.sides.checked = preset.sides;
    showModeFields(preset.mode);
  }

  function showModeFields(mode) {
    root.querySelector('[data-field="hold"]').hidden = mode !== 'hold';
    root.querySelector('[data-field="strokes"]').hidden = mode !== 'strokes';
  }

  function fieldValue(name, limits, fallback) {
    const value = Number.parseInt(form.elements[name].value, 10);
    if (Number.isNaN(value)) return fallback;
    return Math.min(Math.max(value, limits.min), limits.max);
  }

  function presetFromForm() {
    const old = source.preset;
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
  }

  form.addEventListener('change', (event) => {
    if (event.target.name === 'painBefore' || source.kind !== 'preset' || session) return;
    if (event.target.name === 'muscle') {
      const slug = event.target.value || null;
      const preset = slug ? presetOf(data.muscles[slug]) : source.preset;
      showNotes([]);
      history.replaceState(null, '', location.pathname + presetQuery(preset, slug));
      applySource({ kind: 'preset', preset, muscleSlug: slug });
      return;
    }
    const preset = presetFromForm();
    showNotes([]);
    history.replaceState(null, '', location.pathname + presetQuery(preset, source.muscleSlug));
    applySource({ ...source, preset });
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  function renderRoutineSteps() {
    const items = workSteps(plan).map((step) => {
      const li = document.createElement('li');
      const head = document.createElement('strong');
      head.textContent = [step.name, sideLabel(step.side)].filter(Boolean).join(' · ');
      const how = document.createElement('span');
      how.className = 'meta';
      how.textContent = `${step.mode === 'strokes' ? `${step.strokes} strokes` : `${step.seconds} s hold`}`;
      const tip = document.createElement('p');
      tip.textContent = step.instruction;
      li.append(head, how, tip);
      return li;
    });
    part('routine-steps').replaceChildren(...items);
  }

  function renderPlanInfo() {
    const warnings = doseWarnings(plan, sessionsOnDay(loadEntries(), Date.now()));
    const list = part('warnings');
    list.replaceChildren(...warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
    list.hidden = warnings.length === 0;
    const seconds = Math.round(totalMs(plan) / 1000);
    const points = workSteps(plan).length;
    part('total').textContent = `${points} ${points === 1 ? 'point' : 'points'}, ${duration(seconds)} in all.`;
  }

  // --- Rendering --------------------------------------------------------------------------------

  function stepName(segment) {
    return [segment.name, sideLabel(segment.side)].filter(Boolean).join(' · ');
  }

  function setRing(fractionLeft) {
    part('ring').style.strokeDashoffset = String(100 - fractionLeft * 100);
  }

  function setControls(state) {
    // state: ready | running | paused | done
    button('start').hidden = !(state === 'ready' || state === 'done');
    button('start').querySelector('span').textContent = state === 'done' ? 'Start again' : 'Start';
    button('pause').hidden = state !== 'running';
    button('resume').hidden = state !== 'paused';
    button('skip').hidden = !(state === 'running' || state === 'paused');
    button('reset').hidden = state === 'ready';
    root.dataset.state = state;
    part('tap-hint').hidden = !(state === 'running' || state === 'paused');
    part('tap-hint').textContent = state === 'paused' ? 'Tap anywhere here to resume.' : 'Tap anywhere here to pause.';
    form.querySelectorAll('input, select').forEach((input) => {
      input.disabled = state === 'running' || state === 'paused';
    });
    if (state === 'running' || state === 'paused') document.documentElement.dataset.timerRunning = 'true';
    else delete document.documentElement.dataset.timerRunning;
  }

  function renderReady() {
    const first = plan[0];
    document.title = pageTitle;
    part('step').textContent = stepName(first);
    part('phase').textContent = 'Ready';
    part('time').textContent = formatTime(first.ms);
    part('sub').textContent = `Point 1 of ${first.points}`;
    showText('instruction', first.instruction);
    showText('next', '');
    part('checkin').hidden = true;
    part('summary').hidden = true;
    setRing(1);
    setControls('ready');
  }

  function showText(name, value) {
    const node = part(name);
    node.textContent = value || '';
    node.hidden = !value;
  }

  function render(pos) {
    const { segment } = pos;
    const work = segment.kind === 'work';
    part('step').textContent = work ? stepName(segment) : 'Rest';
    let phase = work ? (segment.mode === 'strokes' ? `Stroke ${pos.stroke} of ${segment.strokes}` : 'Hold') : 'Next one in';
    root.dataset.segment = segment.kind;
    if (pos.paused) phase = 'Paused';
    part('phase').textContent = phase;
    part('time').textContent = formatTime(pos.remainingMs);
    // The app switcher and the tab show the time too.
    document.title = `${formatTime(pos.remainingMs)} ${work ? stepName(segment) : 'Rest'} · ${pageTitle}`;
    const step = work ? segment : pos.next;
    const rounds = work && segment.rounds > 1 ? ` · round ${segment.round} of ${segment.rounds}` : '';
    part('sub').textContent = step ? `Point ${step.point} of ${step.points}${rounds}` : '';
    showText('instruction', work ? segment.instruction : '');
    showText('next', !work && pos.next ? `Next up: ${stepName(pos.next)}. ${pos.next.instruction}`.trim() : '');
    part('checkin').hidden = !work;
    setRing(1 - pos.progress);
    if (pos.index !== lastIndex) {
      lastIndex = pos.index;
      part('announce').textContent = work
        ? `${stepName(segment)}: ${segment.mode === 'strokes' ? `${segment.strokes} strokes` : `${segment.seconds} seconds`}`
        : `Rest ${segment.ms / 1000} seconds${pos.next ? `. Next up: ${stepName(pos.next)}` : ''}`;
    }
  }

  // --- Running --------------------------------------------------------------------------------

  function persist() {
    if (!session) return;
    const result = writeJSON(KEYS.running, { v: 1, source, session, painBefore: painBeforeValue(), savedAt: Date.now() });
    if (!result.ok && !storageWarned) {
      storageWarned = true;
      addNote("Your phone's storage is full: the timer works, but a reload would lose this session.");
    }
  }

  function painBeforeValue() {
    const value = form.elements.painBefore.value;
    return value === '' ? null : Number(value);
  }

  function playCues(from, to) {
    for (const cue of cuesToPlay(plan, from, to)) {
      cues.play(cue.type);
      const spoken = (segment) => stepName(segment).replace(' · ', ', ');
      if (cue.type === 'start' || cue.type === 'switch') cues.say(spoken(cue.segment));
      else if (cue.type === 'rest') {
        const next = plan[plan.indexOf(cue.segment) + 1];
        cues.say(next ? `Rest. Next: ${spoken(next)}` : 'Rest');
      } else if (cue.type === 'done') cues.say('Done. Well done.');
    }
  }

  function tick() {
    if (!session) return;
    const now = Date.now();
    const pos = sessionPosition(session, now);
    if (!pos.paused) playCues(lastElapsed, pos.elapsed);
    lastElapsed = pos.elapsed;
    if (pos.done) {
      finish(now);
      return;
    }
    render(pos);
  }

  function startTicking() {
    stopTicking();
    ticker = setInterval(tick, TICK_MS);
    cues.keepAwake(true);
  }

  function stopTicking() {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function begin() {
    cues.unlock();
    showNotes([]);
    part('summary').hidden = true;
    entry = null;
    plan = buildPlan();
    session = startSession(plan, Date.now());
    lastElapsed = -1;
    lastIndex = -1;
    persist();
    setControls('running');
    startTicking();
    tick();
    part('stage').scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  function pauseNow() {
    if (!session) return;
    session = pauseSession(session, Date.now());
    persist();
    stopTicking();
    cues.keepAwake(false);
    setControls('paused');
    tick();
    button('resume').focus();
  }

  function resumeNow() {
    if (!session) return;
    cues.unlock();
    session = resumeSession(session, Date.now());
    lastElapsed = elapsedMs(session, Date.now());
    persist();
    setControls('running');
    startTicking();
    tick();
    button('pause').focus();
  }

  function skipNow() {
    if (!session) return;
    const now = Date.now();
    session = skipStep(session, now);
    lastElapsed = elapsedMs(session, now) - 0.5; // so the new step's cue sounds
    persist();
    tick();
  }

  function resetNow() {
    stopTicking();
    cues.keepAwake(false);
    session = null;
    entry = null;
    removeKey(KEYS.running);
    lastIndex = -1;
    renderReady();
    button('start').focus();
  }

  function finish(now) {
    stopTicking();
    cues.keepAwake(false);
    const done = sessionSummary(session, now);
    entry = {
      id: newId(now),
      date: new Date(now).toISOString(),
      kind: source.kind === 'routine' ? 'routine' : source.muscleSlug ? 'muscle' : 'custom',
      slug: source.kind === 'routine' ? source.slug : source.muscleSlug || null,
      title: sessionName(),
      seconds: done.seconds,
      points: done.points,
      painBefore: painBeforeValue(),
      painAfter: null,
      note: '',
    };
    session = null;
    removeKey(KEYS.running);
    const saved = putEntry(entry);
    cues.notify('Session done', `${entry.title}: ${entry.points} points. Well done.`);
    document.title = `Done · ${pageTitle}`;
    part('step').textContent = 'Done';
    part('phase').textContent = 'Finished';
    part('time').textContent = '0:00';
    part('sub').textContent = '';
    showText('instruction', '');
    showText('next', '');
    part('checkin').hidden = true;
    setRing(1);
    setControls('done');
    showNotes([]);
    part('summary-text').textContent = `${entry.points} ${entry.points === 1 ? 'point' : 'points'} in ${duration(entry.seconds)}. ` +
      'Sore for more than a day and a half afterwards? Go lighter next time.';
    part('summary-saved').textContent = saved.ok
      ? 'Saved in your history on this device.'
      : "Couldn't save to history: " + (saved.reason === 'quota'
        ? "your phone's storage is full. Free some space or export and delete old entries."
        : 'storage is turned off in this browser.');
    part('diary-status').textContent = '';
    form.elements.painBefore.value = '';
    part('summary').hidden = false;
    part('summary').focus();
  }

  part('diary-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (!entry) return;
    const fields = event.target.elements;
    entry = { ...entry, painAfter: fields.painAfter.value === '' ? null : Number(fields.painAfter.value),
      note: fields.note.value.trim().slice(0, 1000) };
    const saved = putEntry(entry);
    part('diary-status').textContent = saved.ok
      ? 'Saved.'
      : saved.reason === 'quota'
        ? "Not saved: your phone's storage is full. Export and delete old entries, then try again."
        : 'Not saved: storage is turned off in this browser.';
  });

  // --- Controls -------------------------------------------------------------------------------

  button('start').addEventListener('click', begin);
  button('pause').addEventListener('click', pauseNow);
  button('resume').addEventListener('click', resumeNow);
  button('skip').addEventListener('click', skipNow);
  button('reset').addEventListener('click', resetNow);

  // One tap anywhere on the stage pauses or resumes: hands are busy with a ball.
  part('stage').addEventListener('click', (event) => {
    if (event.target.closest('a, button, input, select, textarea, summary')) return;
    if (root.dataset.state === 'running') pauseNow();
    else if (root.dataset.state === 'paused') resumeNow();
  });

  const resync = () => {
    if (session && document.visibilityState === 'visible') tick();
  };
  document.addEventListener('visibilitychange', resync);
  addEventListener('pageshow', resync);
  addEventListener('focus', resync);

  setUpToggles();

  // --- Toggles: sound, speech, vibration, notification ---------------------------------------

  function setUpToggles() {
    const toggle = (name) => root.querySelector(`[data-toggle="${name}"]`);
    const save = () => writeJSON(KEYS.settings, settings);
    const bind = (name, get, set) => {
      const node = toggle(name);
      node.setAttribute('aria-pressed', String(get()));
      node.addEventListener('click', async () => {
        await set(!get());
        node.setAttribute('aria-pressed', String(get()));
        save();
      });
    };
    bind('sound', () => !settings.muted, (on) => { settings.muted = !on; });
    bind('speech', () => settings.speech, (on) => { settings.speech = on; });
    if (navigator.vibrate) {
      toggle('vibrate').hidden = false;
      bind('vibrate', () => settings.vibrate, (on) => { settings.vibrate = on; });
    }
    if (Cues.notificationsAvailable() && Notification.permission !== 'denied') {
      toggle('notify').hidden = false;
      bind('notify', () => settings.notify && Cues.notificationsAllowed(), async (on) => {
        settings.notify = on && (await Cues.askForNotifications()) === 'granted';
      });
    }
  }

  // --- Start: a session in progress comes back; otherwise the URL's preset ------------------

  const fromUrl = readTimerUrl(location.search, data, own);
  const stored = readJSON(KEYS.running, null);
  if (restorable(stored)) {
    source = stored.source;
    applySource(source);
    session = stored.session;
    plan = session.plan;
    form.elements.painBefore.value = stored.painBefore ?? '';
    lastElapsed = elapsedMs(session, Date.now());
    showNotes(['Your session in progress is back where you left it.']);
    setControls(session.pausedAt === null ? 'running' : 'paused');
    if (session.pausedAt === null) startTicking();
    tick();
  } else {
    if (stored) removeKey(KEYS.running);
    applySource(fromUrl.kind === 'routine'
      ? { kind: 'routine', slug: fromUrl.slug, own: fromUrl.own }
      : { kind: 'preset', preset: fromUrl.preset, muscleSlug: fromUrl.muscleSlug });
    showNotes(fromUrl.notes);
  }

  function restorable(saved) {
    if (!saved || saved.v !== 1 || !saved.source || !saved.session) return false;
    const { plan: savedPlan, startedAt } = saved.session;
    if (!Array.isArray(savedPlan) || savedPlan.length === 0 || !Number.isFinite(startedAt)) return false;
    if (saved.source.kind === 'routine' && !routineOf(saved.source)) return false;
    if (saved.source.kind === 'preset' && !saved.source.preset) return false;
    return Date.now() - saved.savedAt < RESTORE_WITHIN_MS;
  }
}

function duration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}
