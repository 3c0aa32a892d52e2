import { KEYS, readJSON, writeJSON } from './storage.js';

// What every page shares: offline support and updates, install, connection state, sharing.

const $ = (selector) => document.querySelector(selector);
const timerRunning = () => document.documentElement.dataset.timerRunning === 'true';
const standalone = () =>
  matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;

function say(text) {
  const status = $('[data-connection]');
  if (!status) return;
  status.textContent = text;
  status.hidden = false;
}

// --- Service worker: offline copy and updates that wait for the user --------------------------

function offerUpdate(registration) {
  const banner = $('[data-update]');
  const button = $('[data-update-apply]');
  if (!banner || !button) return;
  banner.hidden = false;
  button.onclick = () => {
    if (timerRunning()) {
      banner.querySelector('p').textContent = 'Update ready: it will wait until your session ends.';
      return;
    }
    if (!registration.waiting) return;
    sessionStorage.setItem('tpg.updating', '1');
    registration.waiting.postMessage({ type: 'SKIP_WAITING' });
  };
}

async function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Reload once, and only when the user asked for the update (never on a first install).
    if (reloading || !sessionStorage.getItem('tpg.updating') || timerRunning()) return;
    reloading = true;
    sessionStorage.removeItem('tpg.updating');
    location.reload();
  });
  let registration;
  try {
    registration = await navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' });
  } catch {
    return; // e.g. a private window that refuses workers: the site still works online.
  }
  if (registration.waiting && hadController) offerUpdate(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) {
        offerUpdate(registration);
      } else if (worker.state === 'activated' && !hadController) {
        document.documentElement.dataset.offlineReady = 'true';
      }
    });
  });
  // iOS checks for new workers rarely on its own.
  const check = () => registration.update().catch(() => {});
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  addEventListener('pageshow', (event) => event.persisted && check());
  setInterval(check, 60 * 60 * 1000);
}

// --- Storage that survives: ask once, when the app is installed or the diary is in use --------

function askForPersistentStorage() {
  if (!navigator.storage?.persist || readJSON(KEYS.persistAsked, false)) return;
  if (!standalone() && readJSON(KEYS.history, []).length === 0) return;
  navigator.storage.persist().finally(() => writeJSON(KEYS.persistAsked, true));
}

// --- Install: Chrome's prompt behind our own button, and a hint for iPhone Safari -------------

function setUpInstall() {
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

// --- Connection state --------------------------------------------------------------------------

function setUpConnection() {
  const status = $('[data-connection]');
  if (!status) return;
  const show = () => {
    if (navigator.onLine) {
      status.hidden = true;
    } else {
      say("You're offline. Everything you've opened before still works.");
    }
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  show();
}

// --- Share this guide: the system share sheet, or copy the link ------------------------------

function setUpShare() {
  for (const box of document.querySelectorAll('[data-share]')) {
    const button = box.querySelector('[data-share-button]');
    const status = box.querySelector('[data-share-status]');
    if (!button) continue;
    const label = button.querySelector('span');
    if (!navigator.share) label.textContent = 'Copy link to this guide';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const data = { title: box.dataset.shareTitle, url: location.href.split('#')[0] };
      if (navigator.share) {
        try {
          await navigator.share(data);
        } catch {
          // The person closed the share sheet: nothing to do.
        }
        return;
      }
      let copied = false;
      try {
        await navigator.clipboard.writeText(data.url);
        copied = true;
      } catch {
        copied = false;
      }
      status.textContent = copied ? 'Link copied.' : `Copy this link: ${data.url}`;
      status.hidden = false;
    });
  }
}

setUpConnection();
setUpInstall();
setUpShare();
askForPersistentStorage();
startServiceWorker();
