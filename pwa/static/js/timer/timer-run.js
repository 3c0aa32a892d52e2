import {
  startSession, elapsedMs, pauseSession, resumeSession, skipStep, sessionPosition,
  sessionSummary, isDone, useTimerRules,
} from '../engines/timer-core.js';
import { planOf, sourceName } from './timer-source.js';
import { saveRunning, clearRunning, loadRunning } from './timer-session-store.js';
import { Cues } from './cues.js';
import { readSettings, setUpToggles } from './timer-toggles.js';
import { newId, loadEntries, sessionsOnDay } from '../diary/diary-store.js';
import { buildEntry, painValue } from '../diary/diary-entry.js';
import { createSessionView } from './timer-session-view.js';
import { runnableRoutines } from '../routines/routine-model.js';
import { ownRoutineSlug } from './timer-presets.js';
import { checklistFor } from './timer-ask.js';
import { createAskView } from './timer-ask-view.js';
import { playCues } from './timer-cue-player.js';
import { createFinishCard } from './timer-finish-card.js';
import { wireControls } from './timer-controls.js';
import { followElsewhere } from './timer-follow.js';

// The timer's running half: a session (start, pause, skip, reset, finish) and keeping it
// through a reload or another tab. What the person sees of it has modules of its own: the
// running view (timer-session-view.js), the cues (timer-cue-player.js), the finish card
// (timer-finish-card.js), the buttons (timer-controls.js), the red-flag checklist asked
// before a session (timer-ask-view.js); another tab and a page coming back, timer-follow.js. timer-page.js draws the page and loads this file after
// the first paint; nothing here is needed to show what will be timed.
//
// `page` is what timer-page.js shares: {root, data, view, source(), applySource(next),
// renderPlanInfo(), muscleShown(slug)}. The person's own routines join `data.routines` here,
// under slugs of their own (own:<id>), so they run, and come back after a reload, like the
// built-in ones.

const TICK_MS = 200;

export function createRunner(page) {
  const { root, data } = page;
  useTimerRules(data.rules); // this bundle has its own copy of timer-core.js
  const view = createSessionView(page.view, root);
  const ownRoutines = runnableRoutines(data.muscles);
  for (const [id, routine] of ownRoutines) if (routine) data.routines[ownRoutineSlug(id)] = routine;
  const settings = readSettings();
  const cues = new Cues(settings);
  const ask = createAskView(root);
  const card = createFinishCard(view);

  let plan = [];
  let session = null;
  let sessionId = null;
  let painBefore = null;
  let lastElapsed = -1;
  let ticker = null;
  let storageWarned = false;

  function persist() {
    if (!session) return;
    const result = saveRunning({ id: sessionId, source: page.source(), session, painBefore }, Date.now());
    if (!result.ok && !storageWarned) {
      storageWarned = true;
      view.addNote("Your phone's storage is full: the timer works, but a reload would lose this session.");
    }
  }

  function tick() {
    if (!session) return;
    const now = Date.now();
    const pos = sessionPosition(session, now);
    if (!pos.paused) playCues(cues, plan, lastElapsed, pos.elapsed);
    lastElapsed = pos.elapsed;
    if (pos.done) {
      finish(now);
      return;
    }
    const { segment } = pos;
    view.render(pos, page.muscleShown(segment.kind === 'work' ? segment.muscle : pos.next?.muscle));
  }

  function stopTicking() {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function showSession(paused) {
    view.setControls(paused ? 'paused' : 'running');
    stopTicking();
    if (!paused) ticker = setInterval(tick, TICK_MS);
    cues.keepAwake(!paused);
    tick();
  }

  // Questions not answered today are asked before a round: after a session, and before the
  // first one when they were never in sight (a small screen with large text, Start's bar over
  // them). The tap on Start brings them into view with Start under them, as on opening the page;
  // the next tap starts.
  function begin() {
    const done = root.dataset.state === 'done';
    if (ask.unanswered() && (done || !ask.seen())) {
      if (done) resetNow();
      ask.bringIntoView();
      return;
    }
    cues.unlock();
    ask.hide();
    card.close();
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
    card.close();
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
    const entry = card.open(built);
    ask.showAbove(checklistFor(source, data), view.part('summary'));
    cues.notify('Session done', `${entry.title}: ${entry.points} ${entry.points === 1 ? 'step' : 'steps'}. Well done.`);
    view.painBefore().value = '';
    page.renderPlanInfo();
  }

  wireControls(view, root, { pause: pauseNow, resume: resumeNow, skip: skipNow, reset: resetNow,
    running: () => session !== null });

  followElsewhere({ data, page, card, sessionId: () => sessionId, session: () => session, tick, adopt,
    // The session was removed in another tab: it ended there, or was stopped.
    stop() {
      if (isDone(session, Date.now())) tick();
      else {
        resetNow();
        view.showNotes(['This session was stopped in another tab.']);
      }
    } });

  setUpToggles(root, settings);

  return {
    begin,
    closeEntry: card.close,
    ownRoutines,
    sessionsToday: () => sessionsOnDay(loadEntries(), Date.now()),

    // What will be timed changed: ask its area's red flags (a session hides them again).
    sourceShown(source) {
      ask.show(checklistFor(source, data));
    },

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
