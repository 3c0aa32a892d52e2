// Connection state: a line in the status area while the browser is offline.

const $ = (selector) => document.querySelector(selector);

export function setUpConnection() {
  const status = $('[data-connection]');
  const detail = status?.querySelector('[data-connection-detail]');
  if (!detail) return;
  // Both second sentences come from the page: all of the app works offline once a worker
  // controls the page (its cache is complete by then); before that, only what is on screen.
  // Only the first is reassurance a narrow large-text screen may drop (`note-detail`); the
  // second says what will not work, so it always shows.
  const everything = detail.textContent;
  const partial = ` ${status.dataset.connectionPartial}`;
  const show = () => {
    const whole = Boolean(navigator.serviceWorker?.controller);
    const text = whole ? everything : partial;
    if (detail.textContent !== text) detail.textContent = text;
    detail.classList.toggle('note-detail', whole);
    status.hidden = navigator.onLine;
  };
  addEventListener('online', show);
  addEventListener('offline', show);
  navigator.serviceWorker?.addEventListener('controllerchange', show);
  show();
}
