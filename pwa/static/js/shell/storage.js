// Small, safe wrappers around localStorage: private mode, disabled storage and a full quota
// must never throw into the page; callers get {ok: false, reason} and can tell the user.

export const KEYS = {
  history: 'tpg.history.v1',
  running: 'tpg.timer.running.v1',
  settings: 'tpg.settings.v1',
  persistAsked: 'tpg.persist-asked.v1',
  iosHintDismissed: 'tpg.ios-hint-dismissed.v1',
  // Routines the person built or saved from a link (routine-model.js, docs/timer.md), and the
  // one routine last opened with "Try it now", kept apart so trying saves nothing to the list.
  routines: 'tpg.routines.v1',
  routineTrial: 'tpg.routines.trial.v1',
  offlineReadyShown: 'tpg.offline-ready-shown.v1',
  // home/keep-store.js names its own two (tpg.starred.v1, tpg.recent-muscles.v1), so this
  // object, in every page's bundle, does not carry them.
};

function store() {
  try {
    return globalThis.localStorage || null;
  } catch {
    return null; // Access can throw when storage is blocked.
  }
}

// `fallback` when the key is missing or storage is blocked; `unreadable` (by default the same)
// when what is stored is not JSON, so a caller can tell a damaged value from none.
export function readJSON(key, fallback, unreadable = fallback) {
  const s = store();
  if (!s) return fallback;
  let raw;
  try {
    raw = s.getItem(key);
  } catch {
    return fallback;
  }
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw);
  } catch {
    return unreadable;
  }
}

export function writeJSON(key, value) {
  const s = store();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const quota = error && (error.name === 'QuotaExceededError' || error.code === 22);
    return { ok: false, reason: quota ? 'quota' : 'unavailable' };
  }
}

export function removeKey(key) {
  const s = store();
  if (!s) return;
  try {
    s.removeItem(key);
  } catch {
    // Nothing to do: the key stays, and reading it is already safe.
  }
}
