import { KEYS, readJSON, writeJSON } from '../shell/storage.js';
import { isRecord } from '../shell/lookup.js';
import { Cues } from './cues.js';

// The cue switches under the timer (sound, speech, vibration, a notification at the end), each
// remembered on this device. Vibration and notifications show only where the browser has them.

const SETTINGS = { muted: false, speech: false, vibrate: true, notify: false };

// Saved cue settings: only the known switches, only true or false.
export function readSettings() {
  const stored = readJSON(KEYS.settings, {});
  const settings = { ...SETTINGS };
  for (const key of Object.keys(SETTINGS)) {
    if (isRecord(stored) && Object.hasOwn(stored, key) && typeof stored[key] === 'boolean') settings[key] = stored[key];
  }
  return settings;
}

export function setUpToggles(root, settings) {
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
