import { KEYS, readJSON, writeJSON } from './storage.js';

// Install: Chrome's prompt behind our own button, and a hint for iPhone Safari; and storage that
// survives, asked for once, when the app is installed or the diary is in use.

const $ = (selector) => document.querySelector(selector);
const standalone = () =>
  matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;

export function askForPersistentStorage() {
  if (!navigator.storage?.persist || readJSON(KEYS.persistAsked, false)) return;
  const history = readJSON(KEYS.history, []); // a damaged value can be anything, even null
  if (!standalone() && !(Array.isArray(history) && history.length)) return;
  navigator.storage.persist().finally(() => writeJSON(KEYS.persistAsked, true));
}

export function setUpInstall() {
  const button = $('[data-install]');
  let deferred = null;
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event;
    if (button && !standalone()) button.hidden = false;
  });
  button?.addEventListener('click', async () => {
    if (!deferred) return;
    deferred.prompt();
    await deferred.userChoice.catch(() => null);
    deferred = null;
    button.hidden = true;
  });
  addEventListener('appinstalled', () => {
    if (button) button.hidden = true;
    askForPersistentStorage();
  });

  const hint = $('[data-ios-hint]');
  const ios = /iphone|ipad|ipod/i.test(navigator.userAgent) && !/crios|fxios|edgios/i.test(navigator.userAgent);
  if (hint && ios && navigator.standalone === false && !readJSON(KEYS.iosHintDismissed, false)) {
    hint.hidden = false;
    $('[data-ios-hint-dismiss]')?.addEventListener('click', () => {
      hint.hidden = true;
      writeJSON(KEYS.iosHintDismissed, true);
    });
  }
}
