/* Trigger Point Guide service worker.
 * The build (`flask build`, pwa/build_tools/precache.py) replaces the one placeholder below with the
 * precache manifest: every page, bundle and icon of this release with the SHA-256 of its bytes.
 * Pages are listed as the frame they all share (the shell, once) and each page's own part; the
 * worker composes the two when it answers a navigation (pwa/shell_parts.py says how).
 */
const { version: VERSION, entries: PRECACHE } = __PRECACHE_MANIFEST__;

const PREFIX = 'tpg-precache-';
const CACHE = PREFIX + VERSION;
const OFFLINE_URL = '/offline';
const SHELL_URL = '/_shell';
const PART_PREFIX = '/_part';
// Each cached response carries the revision of its bytes, so the next install can tell what it
// already has: the record travels with the bytes it describes, in whichever older cache holds
// them, and cannot disagree with them the way a separate list could.
const REVISION_HEADER = 'X-Precache-Revision';

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

// Install all or nothing: an entry whose revision is unchanged is copied from the version
// already installed, the others are fetched and checked; if any fails, the new cache is dropped
// and the old version keeps serving. The browser tries again at its next update check.
async function precache() {
  const cache = await caches.open(CACHE);
  try {
    const older = await olderCaches();
    await Promise.all(
      PRECACHE.map(async (entry) => {
        const response = (await copyFromOlder(older, entry)) || (await fetchChecked(entry));
        await cache.put(entry.url, response);
      }),
    );
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

async function olderCaches() {
  const names = await caches.keys();
  return Promise.all(
    names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.open(name)),
  );
}

async function copyFromOlder(older, { url, revision }) {
  for (const cache of older) {
    const cached = await cache.match(url);
    if (!cached) continue;
    const known = cached.headers.get(REVISION_HEADER);
    if (known === revision) return cached;
    if (known === null) {
      // Cached by a worker that did not record revisions yet: its bytes tell.
      const body = await cached.arrayBuffer();
      if ((await sha256(body)) === revision) return withRevision(cached, body, revision);
    }
  }
  return null;
}

// `cache: 'reload'` skips the HTTP cache. The bytes must hash to the revision the build wrote:
// during a rolling deploy a server still on the old release can answer, or a proxy can rewrite a
// page, and a cache mixing releases would break in ways no one could reproduce.
async function fetchChecked({ url, revision }) {
  const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  if (!response.ok || response.redirected) {
    throw new Error(`precache: ${url} answered ${response.status}${response.redirected ? ' after a redirect' : ''}`);
  }
  const body = await response.arrayBuffer();
  const digest = await sha256(body);
  if (digest !== revision) {
    throw new Error(`precache: ${url} is not the bytes of this release (${digest}, expected ${revision})`);
  }
  return withRevision(response, body, revision);
}

// A fresh response holding the decoded bytes: never marked redirected, and labelled with its
// revision. The encoding headers described the bytes on the wire, not these.
function withRevision(response, body, revision) {
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  headers.set(REVISION_HEADER, revision);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
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
    (await cachedPage(cache, url.pathname)) ||
    (!url.pathname.endsWith('/') && (await cachedPage(cache, url.pathname + '/')));
  if (cached) return cached;
  try {
    return cleanNavigationResponse(await fetch(url.href));
  } catch {
    return (await cachedPage(cache, OFFLINE_URL)) || Response.error();
  }
}

// The page at `path` from the cached shell and the path's cached part: the same bytes the
// server sends for the whole page (the build checks that for every page), with the shell's
// headers, which are a page's headers (content type, CSP and the other security headers).
async function cachedPage(cache, path) {
  const part = await cache.match(PART_PREFIX + path);
  const shell = part && (await cache.match(SHELL_URL));
  if (!shell) return null;
  const headers = new Headers(shell.headers);
  headers.delete(REVISION_HEADER);
  headers.delete('ETag');
  return new Response(compose(await shell.text(), await part.text()), { status: 200, headers });
}

// The shell's frame with each `<!--slot:NAME-->` filled from the part, which holds each slot's
// value after its marker (a slot the part leaves out gets the fragment `default-NAME`, or
// nothing), and each `<!--frag:NAME-->` in the part replaced by that fragment from the shell's
// table after `<!--fragments-->`. Kept identical to pwa/shell_parts.py compose (tests/test_parts.py
// runs both on every page).
function compose(shell, part) {
  const at = shell.indexOf('<!--fragments-->');
  const frame = at < 0 ? shell : shell.slice(0, at);
  const fragments = named(at < 0 ? '' : shell.slice(at + '<!--fragments-->'.length), 'frag');
  const values = named(part, 'slot');
  const valueOf = (name) => (values.has(name) ? values.get(name) : fragments.get(`default-${name}`) ?? '');
  const fill = (_, name) =>
    valueOf(name).replace(/<!--frag:([a-z0-9-]+)-->/g, (__, f) => fragments.get(f) ?? '');
  return frame.replace(/<!--slot:([a-z0-9-]+)-->/g, fill);
}

function named(text, kind) {
  const pieces = text.split(new RegExp(`<!--${kind}:([a-z0-9-]+)-->`));
  const values = new Map();
  for (let i = 1; i < pieces.length; i += 2) values.set(pieces[i], pieces[i + 1]);
  return values;
}

// A navigation answered with a redirected response is refused by the browser (a network error
// page): the body is copied into a fresh response, as Workbox's copyResponse does.
function cleanNavigationResponse(response) {
  if (!response.redirected) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
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
