// Small, safe wrappers around localStorage: private mode, disabled storage and a full quota
// must never throw into the page; callers get {ok: false, reason} and can tell the user.

export const KEYS = {
  history: 'tpg.history.v1',
  running: 'tpg.timer.running.v1',
  settings: 'tpg.settings.v1',
  persistAsked: 'tpg.persist-asked.v1',
  iosHintDismissed: 'tpg.ios-hint-dismissed.v1',
  offlineReadyShown: 'tpg.offline-ready-shown.v1',
};

function store() {
  try {
    return globalThis.localStorage || null;
  } catch {
    return null; // Access can throw when storage is blocked.
  }
}

export function readJSON(key, fallback) {
  const s = store();
  if (!s) return fallback;
  try {
    const raw = s.getItem(key);
    return raw === null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
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
