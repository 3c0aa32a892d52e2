import { KEYS, readJSON, writeJSON } from './storage.js';

// The service worker: the offline copy, and updates that wait for the user (they show in the
// notes base.html holds, which notes-placement.js places).

const $ = (selector) => document.querySelector(selector);
const timerRunning = () => document.documentElement.dataset.timerRunning === 'true';

const OFFLINE_NOTE_MS = 8000; // long enough to read two short sentences at a slow pace

function offerUpdate(registration) {
  const banner = $('[data-update]');
  const button = $('[data-update-apply]');
  if (!banner || !button) return;
  banner.hidden = false;
  button.onclick = () => {
    if (timerRunning()) {
      banner.querySelector('p').textContent = banner.dataset.updateWaiting;
      return;
    }
    if (!registration.waiting) return;
    sessionStorage.setItem('tpg.updating', '1');
    registration.waiting.postMessage({ type: 'SKIP_WAITING' });
  };
}

// Once the first visit's worker is active, every page, bundle and icon is cached: say so once.
async function announceOfflineReady() {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (worker.state !== 'activated') {
    await new Promise((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
    );
  }
  // Activation claims every open page, but a page still loading at that moment is missed:
  // ask to be claimed, so this page's own requests are answered offline too.
  if (!navigator.serviceWorker.controller) worker.postMessage({ type: 'CLAIM' });
  document.documentElement.dataset.offlineReady = 'true';
  const note = $('[data-offline-note]');
  if (!note || readJSON(KEYS.offlineReadyShown, false)) return;
  note.hidden = false;
  writeJSON(KEYS.offlineReadyShown, true);
  $('[data-offline-note-dismiss]')?.addEventListener('click', () => {
    note.hidden = true;
  });
  // Good news that needs no answer leaves by itself, unless the person is on its button.
  const leave = () => {
    if (note.contains(document.activeElement)) setTimeout(leave, OFFLINE_NOTE_MS);
    else note.hidden = true;
  };
  setTimeout(leave, OFFLINE_NOTE_MS);
}

// The CSP requires Trusted Types, and registering a worker is a script-URL sink, so its URL must
// be a TrustedScriptURL: the one policy the CSP allows (security.py) makes exactly one, the
// app's own worker, and refuses anything else. A browser without Trusted Types takes the string.
const WORKER_URL = '/sw.js';

function workerUrl() {
  if (!window.trustedTypes) return WORKER_URL;
  const policy = window.trustedTypes.createPolicy('tpg-worker', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError('only the app’s service worker');
      return url;
    },
  });
  return policy.createScriptURL(WORKER_URL);
}

// The worker could not save the app (the phone's storage is full): say so in the same note.
function tellStorageFull(event) {
  const note = $('[data-offline-note]');
  if (event.data?.type !== 'STORAGE_FULL' || !note) return;
  note.querySelector('p').textContent = note.dataset.offlineNoteFull;
  note.hidden = false;
  $('[data-offline-note-dismiss]')?.addEventListener('click', () => {
    note.hidden = true;
  });
}

export async function startServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', tellStorageFull);
  navigator.serviceWorker.startMessages();
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
    registration = await navigator.serviceWorker.register(workerUrl(), { updateViaCache: 'none' });
  } catch {
    return; // e.g. a private window that refuses workers: the site still works online.
  }
  if (!registration) return; // a browser or extension that stubs register(): the same
  if (registration.waiting && hadController) offerUpdate(registration);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) {
        offerUpdate(registration);
      }
    });
  });
  if (hadController) document.documentElement.dataset.offlineReady = 'true';
  else announceOfflineReady();
  // iOS checks for new workers rarely on its own.
  const check = () => registration.update().catch(() => {});
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  addEventListener('pageshow', (event) => event.persisted && check());
  setInterval(check, 60 * 60 * 1000);
}
