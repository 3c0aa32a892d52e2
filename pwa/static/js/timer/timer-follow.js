import { KEYS, readJSON } from '../shell/storage.js';
import { checkRunning } from './timer-session-store.js';

// A session stays true when the page comes back (a woken phone, a page from the back-forward
// cache) and when another tab changes it: this tab follows a pause, skip, reset or finish made
// there, or a session started there while this one waits on its first screen, so two tabs never
// time two versions of it. `runner` is timer-run.js's: {data, page, card, sessionId(),
// session(), tick(), adopt(running), stop()}.

export function followElsewhere(runner) {
  const { data, page, card } = runner;

  function refreshDiary() {
    page.renderPlanInfo();
    card.refresh();
  }

  const resync = (event) => {
    if (document.visibilityState === 'hidden') {
      card.flushNote();
      return;
    }
    if (event?.persisted) refreshDiary();
    if (runner.session()) runner.tick();
  };
  document.addEventListener('visibilitychange', resync);
  addEventListener('pageshow', resync);
  addEventListener('focus', resync);

  function followOtherTab() {
    const stored = readJSON(KEYS.running, null);
    const result = checkRunning(stored, data, Date.now());
    const session = runner.session();
    if (result.ok && (result.running.id === runner.sessionId() || (!session && !card.isOpen()))) {
      runner.adopt(result.running);
    } else if (stored === null && session) {
      runner.stop();
    }
  }

  addEventListener('storage', (event) => {
    if (event.key === KEYS.history || event.key === null) refreshDiary();
    if (event.key === KEYS.running || event.key === null) followOtherTab();
  });
}
