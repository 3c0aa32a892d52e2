/* Trigger Point Guide service worker.
 * The build (`flask build`, pwa/precache.py) replaces the one placeholder below with the
 * precache manifest: every page, bundle and icon of this release with a hash of its bytes.
 */
const { version: VERSION, entries: PRECACHE } = __PRECACHE_MANIFEST__;

const PREFIX = 'tpg-precache-';
const CACHE = PREFIX + VERSION;
const OFFLINE_URL = '/offline';

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the page asks (never mid-timer).
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOldCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === 'GET_VERSION' && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION });
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(url));
  } else {
    event.respondWith(fromCacheOrNetwork(request));
  }
});

// Install all or nothing: if any entry fails, the new cache is dropped and the old version
// keeps serving.
async function precache() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(
      PRECACHE.map(async ({ url }) => {
        const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
        if (!response.ok || response.redirected) {
          throw new Error(`precache: ${url} answered ${response.status}`);
        }
        await cache.put(url, response);
      }),
    );
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

async function removeOldCaches() {
  const names = await caches.keys();
  // Only our own caches: other apps on this origin keep theirs.
  await Promise.all(
    names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
  );
}

// Pages: the precached copy of the path (its query, e.g. /timer?hold=60, is read by the page),
// then the network for anything new, then the offline page.
async function navigate(url) {
  const cache = await caches.open(CACHE);
  const cached =
    (await cache.match(url.pathname)) ||
    (!url.pathname.endsWith('/') && (await cache.match(url.pathname + '/')));
  if (cached) return cached;
  try {
    return await fetch(url.href);
  } catch {
    return (await cache.match(OFFLINE_URL)) || Response.error();
  }
}

async function fromCacheOrNetwork(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  return cached || fetch(request);
}

// The "session done" notification opens the timer again (or focuses it if it is open).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname === '/timer') || windows[0];
      return open ? open.focus() : self.clients.openWindow('/timer');
    }),
  );
});
