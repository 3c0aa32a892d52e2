import { KEYS, readJSON } from '../shell/storage.js';
import {
  startSession, elapsedMs, pauseSession, resumeSession, skipStep, sessionPosition, cuesToPlay,
  sessionSummary, isDone, useTimerRules,
} from '../engines/timer-core.js';
import { planOf, sourceName } from './timer-source.js';
import { saveRunning, clearRunning, loadRunning, checkRunning } from './timer-session-store.js';
import { Cues } from './cues.js';
import { readSettings, setUpToggles } from './timer-toggles.js';
import { newId, loadEntries, addEntryOnce, updateEntry, sessionsOnDay } from '../diary/diary-store.js';
import { buildEntry, painValue, noteValue, savedMessage } from '../diary/diary-entry.js';
import { stepName, stepWords } from './timer-view.js';
import { createSessionView } from './timer-session-view.js';
import { runnableRoutines } from '../routines/routine-model.js';
import { ownRoutineSlug } from './timer-presets.js';
import { checklistFor } from './timer-ask.js';
import { createAskView } from './timer-ask-view.js';

// The timer's running half: a session (start, pause, skip, reset, finish), its cues, keeping it
// through a reload or another tab, and the diary entry it leaves. timer-page.js draws the page
// and loads this file after the first paint; nothing here is needed to show what will be timed.
//
// `page` is what timer-page.js shares: {root, data, view, source(), applySource(next),
// renderPlanInfo(), muscleShown(slug)}. The person's own routines join `data.routines` here,
// under slugs of their own (own:<id>), so they run, and come back after a reload, like the
// built-in ones.

const TICK_MS = 200;
const NOTE_SAVE_DELAY_MS = 400; // a note is saved when typing pauses, and at once on leaving

export function createRunner(page) {
  const { root, data } = page;
  useTimerRules(data.rules); // this bundle has its own copy of timer-core.js
  const view = createSessionView(page.view, root);
  const ownRoutines = runnableRoutines(data.muscles);
  for (const [id, routine] of ownRoutines) if (routine) data.routines[ownRoutineSlug(id)] = routine;
  const settings = readSettings();
  const cues = new Cues(settings);
  const ask = createAskView(root);

  let plan = [];
  let session = null;
  let sessionId = null;
  let painBefore = null;
  let lastElapsed = -1;
  let ticker = null;
  let entry = null; // the finished session's diary entry, while its card is shown
  let noteTimer = null;
  let storageWarned = false;

  function persist() {
    if (!session) return;
    const result = saveRunning({ id: sessionId, source: page.source(), session, painBefore }, Date.now());
    if (!result.ok && !storageWarned) {
      storageWarned = true;
      view.addNote("Your phone's storage is full: the timer works, but a reload would lose this session.");
    }
  }

  function playCues(from, to) {
    // The step's name and side, then what to do: the same words the page shows.
    const spoken = (segment) => [stepName(segment).replace(' · ', ', '), stepWords(segment)].filter(Boolean).join('. ');
    for (const cue of cuesToPlay(plan, from, to)) {
      cues.play(cue.type);
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
    const { segment } = pos;
    view.render(pos, page.muscleShown(segment.kind === 'work' ? segment.muscle : pos.next?.muscle));
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

  function showSession(paused) {
    view.setControls(paused ? 'paused' : 'running');
    if (paused) {
      stopTicking();
      cues.keepAwake(false);
    } else {
      startTicking();
    }
    tick();
  }

  function begin() {
    cues.unlock();
    ask.hide();
    closeEntry();
    view.showNotes([]);
    view.hideSummary();
    const now = Date.now();
    plan = planOf(page.source(), data);
    session = startSession(plan, now);
    sessionId = newId(now);
    painBefore = painValue(view.painBefore().value);
    lastElapsed = -1;
    view.restart();
    persist();
    showSession(false);
    view.scrollToStage();
    view.focus('pause');
  }

  // A session restored from storage, or changed in another tab.
  function adopt(running) {
    page.applySource(running.source);
    ask.hide();
    ({ session, painBefore } = running);
    sessionId = running.id;
    plan = session.plan;
    view.restart();
    view.painBefore().value = painBefore ?? '';
    lastElapsed = elapsedMs(session, Date.now());
    showSession(session.pausedAt !== null);
  }

  function pauseNow() {
    if (!session) return;
    session = pauseSession(session, Date.now());
    persist();
    showSession(true);
    view.focus('resume');
  }

  function resumeNow() {
    if (!session) return;
    cues.unlock();
    const now = Date.now();
    session = resumeSession(session, now);
    lastElapsed = elapsedMs(session, now);
    persist();
    showSession(false);
    view.focus('pause');
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
    closeEntry();
    stopTicking();
    cues.keepAwake(false);
    session = null;
    sessionId = null;
    clearRunning();
    page.applySource(page.source());
    view.focus('start');
  }

  function finish(now) {
    stopTicking();
    cues.keepAwake(false);
    const source = page.source();
    const built = buildEntry({ id: sessionId, source, title: sourceName(source, data),
      summary: sessionSummary(session, now), painBefore, now });
    session = null;
    clearRunning();
    // Another tab showing the same session may have finished it first, with ratings.
    const saved = addEntryOnce(built);
    entry = saved.entry;
    cues.notify('Session done', `${entry.title}: ${entry.points} points. Well done.`);
    view.renderDone(entry, saved.ok
      ? 'Saved in your history on this device. A rating or note you add below is saved as you give it.'
      : `Couldn't save to history: ${savedMessage(saved).replace(/^Not saved: /, '')}`);
    view.painBefore().value = '';
    page.renderPlanInfo();
  }

  // --- The finish card's rating and note: saved as they change --------------------------------

  function saveDiary(what) {
    clearTimeout(noteTimer);
    noteTimer = null;
    if (!entry) return;
    const fields = view.diaryForm.elements;
    const result = updateEntry(entry.id, { painAfter: painValue(fields.painAfter.value),
      note: noteValue(fields.note.value) }, entry);
    if (result.ok) entry = result.entry;
    view.setDiaryStatus(savedMessage(result, what));
  }

  // A note still waiting to be saved is saved now; then the card lets go of its entry.
  function flushNote() {
    if (noteTimer !== null) saveDiary('Note');
  }

  function closeEntry() {
    flushNote();
    entry = null;
  }

  view.diaryForm.addEventListener('change', (event) => {
    if (event.target.name === 'painAfter') saveDiary('Pain rating');
    else if (event.target.name === 'note') saveDiary('Note');
  });
  view.diaryForm.addEventListener('input', (event) => {
    if (event.target.name !== 'note' || !entry) return;
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => saveDiary('Note'), NOTE_SAVE_DELAY_MS);
  });
  view.diaryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    saveDiary('Rating and note');
  });
  addEventListener('pagehide', flushNote);

  // --- Controls (Start is wired by timer-page.js, which may be tapped before this loads) -------

  view.button('pause').addEventListener('click', pauseNow);
  view.button('resume').addEventListener('click', resumeNow);
  view.button('skip').addEventListener('click', skipNow);
  // A mis-tap must not end a session: Reset asks first while one runs, and the timer keeps
  // going while it asks.
  view.button('reset').addEventListener('click', () => {
    if (session) view.askReset(true);
    else resetNow();
  });
  view.button('reset-yes').addEventListener('click', resetNow);
  view.button('reset-no').addEventListener('click', () => {
    view.askReset(false);
    view.focus(session?.pausedAt === null ? 'pause' : 'resume');
  });

  // One tap anywhere on the stage pauses or resumes: hands are busy with a ball.
  view.stage.addEventListener('click', (event) => {
    if (event.target.closest('a, button, input, select, textarea, summary')) return;
    if (root.dataset.state === 'running') pauseNow();
    else if (root.dataset.state === 'paused') resumeNow();
  });

  // --- Coming back: a woken phone, a page from the back-forward cache, another tab -----------

  function refreshDiary() {
    page.renderPlanInfo();
    if (!entry) return;
    const stored = loadEntries().find((e) => e.id === entry.id);
    if (stored && noteTimer === null) {
      entry = stored;
      view.fillDiary(stored, { unlessFocused: true });
    }
  }

  const resync = (event) => {
    if (document.visibilityState === 'hidden') {
      flushNote();
      return;
    }
    if (event?.persisted) refreshDiary();
    if (session) tick();
  };
  document.addEventListener('visibilitychange', resync);
  addEventListener('pageshow', resync);
  addEventListener('focus', resync);

  // Another tab paused, skipped, reset or finished the same session, or started one while this
  // page waits on its first screen: follow it, so two tabs never time two versions of it.
  function followOtherTab() {
    const stored = readJSON(KEYS.running, null);
    const result = checkRunning(stored, data, Date.now());
    if (result.ok && (result.running.id === sessionId || (!session && !entry))) {
      adopt(result.running);
    } else if (stored === null && session) {
      if (isDone(session, Date.now())) tick();
      else {
        resetNow();
        view.showNotes(['This session was stopped in another tab.']);
      }
    }
  }

  addEventListener('storage', (event) => {
    if (event.key === KEYS.history || event.key === null) refreshDiary();
    if (event.key === KEYS.running || event.key === null) followOtherTab();
  });

  setUpToggles(root, settings);

  return {
    begin,
    closeEntry,
    // What will be timed changed: ask its area's red flags (unless a session runs).
    sourceShown(source) {
      ask.show(checklistFor(source, data));
    },
    ownRoutines,
    sessionsToday: () => sessionsOnDay(loadEntries(), Date.now()),

    // A session in progress comes back: {ok: true} once shown, or {ok: false, note} (a note
    // when one was kept but could not be restored).
    restore() {
      const restored = loadRunning(data, Date.now());
      if (restored.ok) {
        adopt(restored.running);
        view.showNotes(['Your session in progress is back where you left it.', restored.note].filter(Boolean));
      }
      return restored;
    },
  };
}
