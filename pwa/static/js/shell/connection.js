// Connection state: a line in the status area while the browser is offline.

const $ = (selector) => document.querySelector(selector);

export function setUpConnection() {
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
