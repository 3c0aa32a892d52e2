import { KEYS, readJSON, writeJSON } from './storage.js';

// What every page shares: offline support and updates, install, connection state, sharing.

const $ = (selector) => document.querySelector(selector);
const timerRunning = () => document.documentElement.dataset.timerRunning === 'true';
const standalone = () =>
  matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;

// --- Service worker: offline copy and updates that wait for the user --------------------------

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

async function startServiceWorker() {
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

// --- Storage that survives: ask once, when the app is installed or the diary is in use --------

function askForPersistentStorage() {
  if (!navigator.storage?.persist || readJSON(KEYS.persistAsked, false)) return;
  const history = readJSON(KEYS.history, []); // a damaged value can be anything, even null
  if (!standalone() && !(Array.isArray(history) && history.length)) return;
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
  // Both sentences come from the page: all of the app works offline once a worker controls the
  // page (its cache is complete by then); before that, only what is on screen.
  const everything = status.textContent;
  const show = () => {
    const text = navigator.serviceWorker?.controller ? everything : status.dataset.connectionPartial;
    if (status.textContent !== text) status.textContent = text;
    status.hidden = navigator.onLine;
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  navigator.serviceWorker?.addEventListener('controllerchange', show);
  show();
}

// --- What floats over the page: the tab bar and the notes ------------------------------------

// Their heights, as CSS variables: the page keeps room for the tab bar (two rows at large text),
// and a control reached by Tab scrolls clear of both (base.css, scroll-padding-bottom).
function measureFloating() {
  const tabs = $('.tab-bar');
  const notes = $('.app-notes');
  // A page's own bar that sticks above the tab bar (the timer's Start, Pause and Skip)
  // carries the notes at its top, so a note never covers the bar and the bar never hides one.
  const pageBar = $('[data-page-bar]');
  if (!('ResizeObserver' in window) || !tabs || !notes) return;
  const root = document.documentElement.style;
  const measure = () => {
    root.setProperty('--tab-bar-height', `${tabs.offsetHeight}px`);
    // A note that would cover a third of a small or large-text screen sits in the page instead:
    // where the shell puts it, above the page's heading, or on a page with a bar of its own
    // below the bar's part of the page, so the bar keeps its place; a smaller note rides at the
    // top of that bar.
    const big = notes.offsetHeight + tabs.offsetHeight > innerHeight / 3;
    const inBar = Boolean(pageBar) && !big;
    if (inBar && notes.parentNode !== pageBar) pageBar.prepend(notes);
    if (pageBar && !inBar && notes.previousSibling !== pageBar.parentElement) {
      pageBar.parentElement.after(notes);
    }
    notes.toggleAttribute('data-in-bar', inBar);
    const bar = pageBar ? pageBar.offsetHeight : 0;
    const inline = inBar || big;
    if (inline !== ('inline' in notes.dataset)) notes.toggleAttribute('data-inline', inline);
    const floating = inline ? 0 : notes.offsetHeight;
    root.setProperty('--notes-height', `${floating ? floating + 8 : 0}px`);
    // A note that arrives over the control in use moves the page, not the focus.
    const focused = document.activeElement;
    if (focused && focused !== document.body
        && focused.getBoundingClientRect().bottom > innerHeight - tabs.offsetHeight - bar - floating) {
      focused.scrollIntoView({ block: 'nearest' });
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(tabs);
  observer.observe(notes);
  if (pageBar) observer.observe(pageBar);
  // A note shown is placed before it is painted (a ResizeObserver would first draw it floating).
  new MutationObserver(measure).observe(notes, { subtree: true, attributeFilter: ['hidden'] });
  addEventListener('resize', measure);
}

// Escape closes the newest note, as its own button would (so a dismissed hint stays dismissed).
function closeNotesWithEscape() {
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const shown = [...document.querySelectorAll('.app-notes > :not([hidden])')].pop();
    if (!shown) return;
    const dismiss = shown.querySelector('[data-offline-note-dismiss], [data-ios-hint-dismiss]');
    dismiss?.click();
    shown.hidden = true;
  });
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
measureFloating();
closeNotesWithEscape();
setUpInstall();
setUpShare();
askForPersistentStorage();
startServiceWorker();
